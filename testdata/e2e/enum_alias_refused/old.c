/* Random evolution case, seed 1032: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s0 g3;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }


void test_setup(void)
{
	g3.f1 = E0_V0;
}
