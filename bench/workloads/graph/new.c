#include "new.h"
#include "../bench.h"
#include "edges.h"

struct gnode *root;
long count = -1;

/* The nodes are found along the ring; then every edge must point at
 * the very node it pointed at before (so each node was copied once). */
int test_check(void)
{
	long i, n = bench_n();
	int k;
	struct gnode **at = calloc((size_t)n, sizeof *at), *g = root;
	if (at == NULL)
		abort();
	CHECK(count, n, "count");
	for (i = 0; i < n && g != NULL; i++, g = g->edge[0])
		at[i] = g;
	CHECK(i, n, "nodes along the ring");
	CHECKP(g, root, "the ring closes on the root");
	for (i = 0; i < n && at[i] != NULL; i++) {
		CHECK(at[i]->label, label_of(i), "node %ld .label", i);
		CHECK(at[i]->mark, label_of(i) & 0xff, "node %ld .mark", i);
		for (k = 0; k < 3; k++)
			CHECKP(at[i]->edge[k], at[target(i, k, n)], "node %ld .edge[%d]", i, k);
	}
	free(at);
	return check_done();
}
