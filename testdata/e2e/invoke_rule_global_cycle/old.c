/* Random evolution case, seed 1136: the old program builds its state. */
#include <stdlib.h>
#include "old.h"

struct s2 g1;

int evolve_fn_inc(int x) { return x + 1; }
int evolve_fn_dbl(int x) { return 2 * x; }
int evolve_fn_neg(int x) { return -x; }

static struct s2 *h8;

void test_setup(void)
{
	h8 = calloc(1, sizeof *h8);
	if (h8 == NULL)
		abort();
	g1.f4 = &(*h8);
	(*h8).f4 = &g1;
}
