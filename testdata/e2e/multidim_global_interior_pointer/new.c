/* Random evolution case, seed 1119: the new program checks the migrated state. */
#include <stddef.h>
#include "new.h"
#include "../../e2e/check.h"

int g1[3][3];
int *g3;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

int test_check(void)
{

	check_int("g1[0][0]", g1[0][0], 1425);
	check_int("g1[0][1]", g1[0][1], -2255);
	check_int("g1[0][2]", g1[0][2], -6889);
	check_int("g1[1][0]", g1[1][0], -8388);
	check_int("g1[1][1]", g1[1][1], 1399);
	check_int("g1[1][2]", g1[1][2], -3794);
	check_int("g1[2][0]", g1[2][0], 3862);
	check_int("g1[2][1]", g1[2][1], -2806);
	check_int("g1[2][2]", g1[2][2], 5453);
	check_ptr("g3 (want &g1[2][0])", g3, &g1[2][0]);
	return check_done();
}
