/* Random evolution case, seed 1119: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

int g1[3][3];
int *g3;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }


void test_setup(void)
{
	g1[0][0] = 1425;
	g1[0][1] = -2255;
	g1[0][2] = -6889;
	g1[1][0] = -8388;
	g1[1][1] = 1399;
	g1[1][2] = -3794;
	g1[2][0] = 3862;
	g1[2][1] = -2806;
	g1[2][2] = 5453;
	g3 = &g1[2][0];
}
