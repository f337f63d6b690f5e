#include "new.h"
#include "../check.h"

struct rec g = { -1, 7, { 8, 9 } };
struct rec *heap[64];

int test_check(void)
{
	int i;
	check_int("g.a (rule)", g.a, 5);
	check_int("g.b (a global: the new program's initial value)", g.b, 7);
	check_int("g.c[0]", g.c[0], 8);
	check_int("g.c[1]", g.c[1], 9);
	for (i = 0; i < 64; i++) {
		if (!check_nonnull(F("heap[%d]", i), heap[i]))
			continue;
		check_int(F("heap[%d]->a (rule)", i), heap[i]->a, i);
		check_int(F("heap[%d]->b (allocated: zero-filled)", i), heap[i]->b, 0);
		check_int(F("heap[%d]->c[0]", i), heap[i]->c[0], 0);
		check_int(F("heap[%d]->c[1]", i), heap[i]->c[1], 0);
	}
	return check_done();
}
