#include <stdlib.h>
#include "new.h"
#include "../check.h"

struct node *head;
struct node *tail;
long count = -1;

static long list_n(void)
{
	const char *s = getenv("XF_E2E_LIST_N");
	long n = s ? atol(s) : 0;
	return n > 0 ? n : 10000000L;
}

static int val(long i) { return (int)(((unsigned long)i * 2654435761u) & 0xffffffffu); }

int test_check(void)
{
	long i = 0, n = list_n(), sum = 0, want_sum = 0;
	struct node *nd, *last = NULL;

	check_int("count", count, n);
	for (nd = head; nd != NULL && i <= n; nd = nd->next, i++) {
		long v = i < n ? val(i) : 0;
		want_sum += v;
		sum += nd->val;
		if (i < n) {
			check_int(F("node %ld .val", i), nd->val, v);
			check_int(F("node %ld .weight (INIT)", i), nd->weight, v * 3 + 1);
		}
		last = nd;
	}
	check_int("number of nodes", i, n);
	check_int("sum of values", sum, want_sum);
	check_ptr("tail (the list's last node, shared)", tail, last);
	return check_done();
}
