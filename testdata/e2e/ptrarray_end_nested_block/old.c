/* Random evolution case, seed 1138: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s0 g2;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

static struct s0 *h6;
static struct s0 *h9;

void test_setup(void)
{
	h6 = calloc(3, sizeof *h6);
	if (h6 == NULL)
		abort();
	h9 = calloc(1, sizeof *h9);
	if (h9 == NULL)
		abort();
	g2.f3_n = 3;
	g2.f3 = h6;
	g2.f3_end = h6 + 3;
	h6[2].f3_n = 1;
	h6[2].f3 = h9;
	h6[2].f3_end = h9 + 1;
}
