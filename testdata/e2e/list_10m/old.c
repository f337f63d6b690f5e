#include <stdlib.h>
#include "old.h"

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
