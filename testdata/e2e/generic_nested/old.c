#include <stdlib.h>
#include "old.h"

struct list *buckets;

static struct list *push(struct list *head, void *data)
{
	struct list *l = malloc(sizeof *l);
	l->data = data;
	l->next = head;
	return l;
}

void test_setup(void)
{
	int b, i;
	for (b = 2; b >= 0; b--) {
		struct bucket *bk = malloc(sizeof *bk);
		bk->no = b;
		bk->items = NULL;
		for (i = b; i >= 0; i--) { /* bucket b holds b + 1 items */
			struct item *it = malloc(sizeof *it);
			it->id = 100 * b + i;
			it->qty = (short)(-i);
			bk->items = push(bk->items, it);
		}
		buckets = push(buckets, bk);
	}
}
