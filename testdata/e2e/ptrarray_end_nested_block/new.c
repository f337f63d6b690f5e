/* Random evolution case, seed 1138: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s0 g2;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{
	struct s0 *o6;
	struct s0 *o9;

	/* Find each heap object by the pointer that made it. */
	o6 = g2.f3;
	if (!check_nonnull("g2.f3", o6))
		return check_done();
	o9 = o6[2].f3;
	if (!check_nonnull("o6[2].f3", o9))
		return check_done();
	{
		const void *objs[] = { o6, o9 };
		for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
			for (size_t j = 0; j < i; j++)
				check_distinct(F("heap objects %zu and %zu", j, i), objs[j], objs[i]);
	}

	check_int("g2.f3_n", g2.f3_n, 3);
	check_ptr("g2.f3 (want o6)", g2.f3, o6);
	check_ptr("g2.f3_end (want o6 + 3)", g2.f3_end, o6 + 3);
	check_int("o6[0].f3_n", o6[0].f3_n, 0);
	check_ptr("o6[0].f3 (want NULL)", o6[0].f3, NULL);
	check_ptr("o6[0].f3_end (want NULL)", o6[0].f3_end, NULL);
	check_int("o6[1].f3_n", o6[1].f3_n, 0);
	check_ptr("o6[1].f3 (want NULL)", o6[1].f3, NULL);
	check_ptr("o6[1].f3_end (want NULL)", o6[1].f3_end, NULL);
	check_int("o6[2].f3_n", o6[2].f3_n, 1);
	check_ptr("o6[2].f3 (want o9)", o6[2].f3, o9);
	check_ptr("o6[2].f3_end (want o9 + 1)", o6[2].f3_end, o9 + 1);
	check_int("o9[0].f3_n", o9[0].f3_n, 0);
	check_ptr("o9[0].f3 (want NULL)", o9[0].f3, NULL);
	check_ptr("o9[0].f3_end (want NULL)", o9[0].f3_end, NULL);
	return check_done();
}
