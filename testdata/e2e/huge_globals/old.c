#include "old.h"
#include "../check.h"

struct entry table[NTABLE];
struct cache cache;

void test_setup(void)
{
	int i;
	for (i = 0; i < NTABLE; i++) {
		table[i].key = i;
		table[i].val = -i;
	}
	cache.n = NCACHE;
	for (i = 0; i < NCACHE; i++) {
		cache.slots[i].key = i;
		cache.slots[i].val = i * 3;
	}
}

int test_old_intact(void)
{
	check_int("old table[999999].val", table[NTABLE - 1].val, -(NTABLE - 1));
	check_int("old cache.slots[7].val", cache.slots[7].val, 21);
	return check_done();
}
