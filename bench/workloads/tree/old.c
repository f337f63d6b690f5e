#include "old.h"
#include "../bench.h"

struct tnode *root;
long count;

/* Nodes are allocated level by level, as a tree filled in that order
 * would be. */
void test_setup(void)
{
	long i, n = bench_n();
	struct tnode **at = malloc((size_t)(n + 1) * sizeof *at);
	if (at == NULL)
		abort();
	for (i = 1; i <= n; i++) {
		at[i] = malloc(sizeof *at[i]);
		if (at[i] == NULL)
			abort();
		at[i]->key = (int)scatter(i);
		at[i]->left = at[i]->right = NULL;
		if (i > 1) {
			if (i % 2 == 0)
				at[i / 2]->left = at[i];
			else
				at[i / 2]->right = at[i];
		}
	}
	root = at[1];
	count = n;
	free(at);
}
