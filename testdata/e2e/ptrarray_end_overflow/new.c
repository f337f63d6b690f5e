/* Random evolution case, seed 120: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s1 g1;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{
	struct s1 *o3;

	/* Find each heap object by the pointer that made it. */
	o3 = g1.f0;
	if (!check_nonnull("g1.f0", o3))
		return check_done();

	check_int("g1.f0_n", g1.f0_n, 1);
	check_ptr("g1.f0 (want o3)", g1.f0, o3);
	check_ptr("g1.f0_end (want o3 + 1)", g1.f0_end, o3 + 1);
	check_int("o3[0].f0_n", o3[0].f0_n, 0);
	check_ptr("o3[0].f0 (want NULL)", o3[0].f0, NULL);
	check_ptr("o3[0].f0_end (want NULL)", o3[0].f0_end, NULL);
	return check_done();
}
