#include <stdlib.h>
#include <string.h>
#include "old.h"

struct slot slots[3];
struct slot *spare;
struct wire last_wire;

static int user_data = 77;

static void fill(struct slot *s, int i)
{
	s->used = (unsigned)(i != 1);
	s->kind = (unsigned)(i + 5) & 7u;
	s->delta = i == 2 ? -16 : i * 5;
	s->gen = i == 0 ? 0 : 4095u - (unsigned)i;
	memcpy(s->name, i == 2 ? "abcde" : "slot", i == 2 ? 6 : 5);
	s->dirty = i == 2;
	s->precise = 1.0L / 3.0L * (long double)(i + 1);
	s->stamp.tv_sec = 1700000000 + i;
	s->stamp.tv_nsec = 999999999 - i;
	pthread_mutex_init(&s->lock, NULL);
	s->w.u = 0x3fc00000u + (unsigned)i; /* 1.5f and neighbours */
	s->hdr.kind = (unsigned char)(0xf0 + i);
	s->hdr.len = 0xdeadbeefu - (unsigned)i;
	s->hdr.crc = (unsigned short)(0xabcd + i);
	s->user = i == 0 ? &user_data : NULL;
	s->ratio = 0.1 * (i + 1);
}

void test_setup(void)
{
	int i;
	for (i = 0; i < 3; i++)
		fill(&slots[i], i);
	spare = aligned_alloc(32, sizeof *spare);
	memset(spare, 0, sizeof *spare);
	fill(spare, 2);
	last_wire.kind = 1;
	last_wire.len = 70000;
	last_wire.crc = 0xffff;
}
