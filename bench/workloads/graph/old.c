#include "old.h"
#include "../bench.h"
#include "edges.h"

struct gnode *root;
long count;

void test_setup(void)
{
	long i, n = bench_n();
	int k;
	struct gnode **at = malloc((size_t)n * sizeof *at);
	if (at == NULL)
		abort();
	for (i = 0; i < n; i++) {
		if ((at[i] = malloc(sizeof *at[i])) == NULL)
			abort();
		at[i]->label = label_of(i);
	}
	for (i = 0; i < n; i++)
		for (k = 0; k < 3; k++)
			at[i]->edge[k] = at[target(i, k, n)];
	root = at[0];
	count = n;
	free(at);
}
