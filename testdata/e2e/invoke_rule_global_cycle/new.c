/* Random evolution case, seed 1136: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s2 g1;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{
	struct s2 *o8;

	/* Find each heap object by the pointer that made it. */
	o8 = g1.f4;
	if (!check_nonnull("g1.f4", o8))
		return check_done();

	check_int("g1.f1 == NULL", g1.f1 == NULL, 1);
	check_ptr("g1.f4 (want &(*o8))", g1.f4, &(*o8));
	check_int("(*o8).f1 == NULL", (*o8).f1 == NULL, 1);
	check_ptr("(*o8).f4 (want &g1)", (*o8).f4, &g1);
	return check_done();
}
