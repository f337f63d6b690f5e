#include "new.h"
#include "../bench.h"

struct tnode *root;
long count = -1;

/* Every node in level order: node i's children must be nodes 2i and
 * 2i+1, and its key the old one. */
int test_check(void)
{
	long i, n = bench_n();
	struct tnode **at = calloc((size_t)(2 * n + 2), sizeof *at);
	if (at == NULL)
		abort();
	CHECK(count, n, "count");
	at[1] = root;
	for (i = 1; i <= n; i++) {
		if (!CHECK(at[i] != NULL, 1, "node %ld exists", i))
			break;
		CHECK(at[i]->key, (long)(int)scatter(i), "node %ld .key", i);
		at[2 * i] = at[i]->left;
		at[2 * i + 1] = at[i]->right;
		if (2 * i > n)
			CHECKP(at[i]->left, NULL, "node %ld .left", i);
		if (2 * i + 1 > n)
			CHECKP(at[i]->right, NULL, "node %ld .right", i);
	}
	free(at);
	return check_done();
}
