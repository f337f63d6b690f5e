#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct node *head;
struct node *tail;
long count;

static long list_n(void)
{
	const char *s = getenv("XF_E2E_LIST_N");
	long n = s ? atol(s) : 0;
	return n > 0 ? n : 10000000L;
}

/* val(i): scattered values, half of them negative. */
static int val(long i) { return (int)(((unsigned long)i * 2654435761u) & 0xffffffffu); }

void test_setup(void)
{
	long i, n = list_n();
	struct node **link = &head;
	for (i = 0; i < n; i++) {
		struct node *nd = malloc(sizeof *nd);
		if (nd == NULL)
			abort();
		nd->val = val(i);
		nd->next = NULL;
		*link = nd;
		link = &nd->next;
		tail = nd;
	}
	count = n;
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	long i = 0, n = list_n();
	struct node *nd, *last = NULL;
	for (nd = head; nd != NULL && i <= n; nd = nd->next, i++) {
		if (i < n)
			check_int(F("old node %ld .val", i), nd->val, val(i));
		last = nd;
	}
	check_int("old list length", i, n);
	check_ptr("old tail", tail, last);
	check_int("old count", count, n);
	return check_done();
}
