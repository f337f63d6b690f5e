/* Random evolution case, seed 120: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s1 g1;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

static struct s1 *h3;

void test_setup(void)
{
	h3 = calloc(1, sizeof *h3);
	if (h3 == NULL)
		abort();
	g1.f0_n = 1;
	g1.f0 = h3;
	g1.f0_end = h3 + 1;
}
