/* Random evolution case, seed 1508: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s1 g1;
struct s1 *g5;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }


void test_setup(void)
{
	g1.f4 = 35174u;
	g5 = &g1;
}
