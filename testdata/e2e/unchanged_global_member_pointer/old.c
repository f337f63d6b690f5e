/* Random evolution case, seed 137: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s1 g3;
int *g5;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }


void test_setup(void)
{
	g3.f1 = -5318;
	g5 = &g3.f1;
}
