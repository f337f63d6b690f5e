#include "new.h"
#include "../check.h"

struct entry table[NTABLE];
struct cache cache;

int test_check(void)
{
	int i;
	for (i = 0; i < NTABLE; i++) {
		check_int(F("table[%d].key", i), table[i].key, i);
		check_int(F("table[%d].val", i), table[i].val, -i);
	}
	check_int("cache.n", cache.n, NCACHE);
	check_int("cache.generation (type rule)", cache.generation, 2);
	for (i = 0; i < NCACHE; i++) {
		check_int(F("cache.slots[%d].key", i), cache.slots[i].key, i);
		check_int(F("cache.slots[%d].val", i), cache.slots[i].val, i * 3);
	}
	return check_done();
}
