#include "new.h"
#include "../bench.h"

struct node *head;
long count = -1;

int test_check(void)
{
	long i = 0, n = bench_n();
	struct node *nd;
	CHECK(count, n, "count");
	for (nd = head; nd != NULL && i < n; nd = nd->next, i++) {
		int v = (int)scatter(i);
		CHECK(nd->val, v, "node %ld .val", i);
		CHECK(nd->weight, (long)v * 3 + 1, "node %ld .weight", i);
	}
	CHECK(i, n, "number of nodes");
	CHECKP(nd, NULL, "the last node's next");
	return check_done();
}
