/* Random evolution case, seed 1132: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s0 *g1;
int *g2;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

static struct s0 *h4;

void test_setup(void)
{
	h4 = calloc(1, sizeof *h4);
	if (h4 == NULL)
		abort();
	g1 = &(*h4);
	g2 = &(*h4).f2;
	(*h4).f2 = -5585;
}
