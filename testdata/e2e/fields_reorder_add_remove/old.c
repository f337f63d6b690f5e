#include <stdlib.h>
#include <string.h>
#include "old.h"

int nrec;
struct rec records[4];
struct rec *current;

static void fill(struct rec *r, int i)
{
	static const char *names[] = { "alpha", "bravo", "charlie-fifteen", "" };
	r->id = 10 + i;
	memset(r->name, 0, sizeof r->name);
	memcpy(r->name, names[i % 4], strlen(names[i % 4]));
	r->score = 1.25 * i - 2.0;
	r->legacy_flags = 0x7f7f7f7f;
	r->hits = 3 * i;
	r->misses = i == 3 ? 0 : 7 - i;
}

void test_setup(void)
{
	int i;
	nrec = 4;
	for (i = 0; i < 4; i++)
		fill(&records[i], i);
	current = malloc(sizeof *current);
	fill(current, 2);
	current->id = 99;
}
