/* Random evolution case, seed 1132: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s0 *g1;
int *g2;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{
	struct s0 *o4;

	/* Find each heap object by the pointer that made it. */
	o4 = g1;
	if (!check_nonnull("g1", o4))
		return check_done();

	check_ptr("g1 (want &(*o4))", g1, &(*o4));
	check_ptr("g2 (want &(*o4).f2)", g2, &(*o4).f2);
	check_int("(*o4).f2", (*o4).f2, 0);
	return check_done();
}
