/* Random evolution case, seed 121: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s2 *g1;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

static struct s2 *h6;
static struct s0 *h9;

void test_setup(void)
{
	h6 = calloc(1, sizeof *h6);
	if (h6 == NULL)
		abort();
	h9 = calloc(1, sizeof *h9);
	if (h9 == NULL)
		abort();
	g1 = &(*h6);
	(*h6).f0_n = 1;
	(*h6).f0 = h9;
	(*h6).f0_end = h9 + 1;
	h9[0].f0 = NULL;
}
