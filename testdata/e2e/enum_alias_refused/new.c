/* Random evolution case, seed 1032: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s0 g3;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{

	check_int("g3.f1", g3.f1, E0_V0);
	return check_done();
}
