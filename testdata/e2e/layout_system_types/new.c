#include <stdint.h>
#include "new.h"
#include "../check.h"

struct slot slots[3];
struct slot *spare;
struct wire last_wire;

static void check_slot(const char *what, const struct slot *s, int i)
{
	char w[64];
	int gen = i == 0 ? 0 : 4095 - i;
	snprintf(w, sizeof w, "%s", what);
	check_uint(F("%s.used (bitfield)", w), s->used, i != 1);
	check_uint(F("%s.kind (bitfield)", w), s->kind, (unsigned)(i + 5) & 7u);
	check_int(F("%s.delta (signed bitfield)", w), s->delta, i == 2 ? -16 : i * 5);
	check_uint(F("%s.gen (bitfield 12 -> 20 bits)", w), s->gen, (unsigned)gen);
	check_uint(F("%s.fresh (INIT bitfield)", w), s->fresh, gen == 0);
	check_str(F("%s.name", w), s->name, i == 2 ? "abcde" : "slot");
	check_int(F("%s.dirty", w), s->dirty, i == 2);
	if (s->precise != 1.0L / 3.0L * (long double)(i + 1))
		check_fail(F("%s.precise (long double)", w), "got %.21Lg, want %.21Lg", s->precise,
			   1.0L / 3.0L * (long double)(i + 1));
	if (s->ratio != (long double)(0.1 * (i + 1)))
		check_fail(F("%s.ratio (double -> long double)", w), "got %.21Lg, want %.21Lg", s->ratio,
			   (long double)(0.1 * (i + 1)));
	check_int(F("%s.stamp.tv_sec", w), s->stamp.tv_sec, 1700000000 + i);
	check_int(F("%s.stamp.tv_nsec", w), s->stamp.tv_nsec, 999999999 - i);
	check_uint(F("%s.w.u (union, as bytes)", w), s->w.u, 0x3fc00000u + (unsigned)i);
	check_uint(F("%s.hdr.kind (packed)", w), s->hdr.kind, 0xf0u + (unsigned)i);
	check_uint(F("%s.hdr.len (packed)", w), s->hdr.len, 0xdeadbeefu - (unsigned)i);
	check_uint(F("%s.hdr.crc (packed)", w), s->hdr.crc, 0xabcdu + (unsigned)i);
	check_uint(F("%s.hdr.ttl (INIT, packed)", w), s->hdr.ttl, 64);
	if (i == 0)
		check_int(F("%s.user (void *: copied, still the old int)", w), s->user ? *(int *)s->user : -1, 77);
	else
		check_ptr(F("%s.user", w), s->user, NULL);
	/* The mutex came over as bytes: it must still work. */
	if (pthread_mutex_trylock((pthread_mutex_t *)&s->lock) != 0)
		check_fail(F("%s.lock", w), "got a mutex that cannot be locked, want an unlocked mutex");
	else
		pthread_mutex_unlock((pthread_mutex_t *)&s->lock);
}

int test_check(void)
{
	int i;
	for (i = 0; i < 3; i++)
		check_slot(F("slots[%d]", i), &slots[i], i);
	if (check_nonnull("spare", spare)) {
		check_slot("*spare", spare, 2);
		check_uint("(uintptr_t)spare % 64 (struct slot is aligned(64))", (uintptr_t)spare % 64, 0);
	}
	check_uint("last_wire.kind", last_wire.kind, 1);
	check_uint("last_wire.len", last_wire.len, 70000);
	check_uint("last_wire.crc", last_wire.crc, 0xffff);
	check_uint("last_wire.ttl (INIT)", last_wire.ttl, 64);
	return check_done();
}
