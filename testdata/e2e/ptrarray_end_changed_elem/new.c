/* Random evolution case, seed 121: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s2 *g1;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{
	struct s2 *o6;
	struct s0 *o9;

	/* Find each heap object by the pointer that made it. */
	o6 = g1;
	if (!check_nonnull("g1", o6))
		return check_done();
	o9 = (*o6).f0;
	if (!check_nonnull("(*o6).f0", o9))
		return check_done();
	{
		const void *objs[] = { o6, o9 };
		for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
			for (size_t j = 0; j < i; j++)
				check_distinct(F("heap objects %zu and %zu", j, i), objs[j], objs[i]);
	}

	check_ptr("g1 (want &(*o6))", g1, &(*o6));
	check_int("(*o6).f0_n", (*o6).f0_n, 1);
	check_ptr("(*o6).f0 (want o9)", (*o6).f0, o9);
	check_ptr("(*o6).f0_end (want o9 + 1)", (*o6).f0_end, o9 + 1);
	check_ptr("o9[0].f0 (want NULL)", o9[0].f0, NULL);
	check_int("o9[0].added1", o9[0].added1, 38);
	return check_done();
}
