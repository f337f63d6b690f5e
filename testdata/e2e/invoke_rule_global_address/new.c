/* Random evolution case, seed 1508: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

struct s1 g1;
struct s1 *g5;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{

	check_uint("g1.f4", g1.f4, 35174u);
	check_ptr("g5 (want &g1)", g5, &g1);
	return check_done();
}
