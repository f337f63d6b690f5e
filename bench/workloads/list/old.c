#include "old.h"
#include "../bench.h"

struct node *head;
long count;

void test_setup(void)
{
	long i, n = bench_n();
	struct node **link = &head;
	for (i = 0; i < n; i++) {
		struct node *nd = malloc(sizeof *nd);
		if (nd == NULL)
			abort();
		nd->val = (int)scatter(i);
		nd->next = NULL;
		*link = nd;
		link = &nd->next;
	}
	count = n;
}
