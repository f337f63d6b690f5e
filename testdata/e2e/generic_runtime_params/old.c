#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct list *items, *raws;

static struct list *push(struct list *l, void *data)
{
	struct list *n = calloc(1, sizeof *n);
	n->data = data;
	n->next = l;
	return n;
}

void test_setup(void)
{
	int i;
	for (i = 3; i >= 1; i--) {
		struct item *it = calloc(1, sizeof *it);
		int *r = malloc(sizeof *r);
		it->id = i;
		it->count = 10 * i;
		*r = 100 + i;
		items = push(items, it);
		raws = push(raws, r);
	}
	/* two nodes share one item: it stays shared */
	items->next->next->data = items->data;
}

int test_old_intact(void)
{
	check_int("old items->data->count", ((struct item *)items->data)->count, 10);
	check_int("old *raws->data", *(int *)raws->data, 101);
	return check_done();
}
