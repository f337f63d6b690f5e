/* Random evolution case, seed 137: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s1 g3;
int *g5;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{

	check_int("g3.f1", g3.f1, -5318);
	check_ptr("g5 (want &g3.f1)", g5, &g3.f1);
	return check_done();
}
