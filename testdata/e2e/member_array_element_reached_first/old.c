#include <stdlib.h>
#include "old.h"

struct node head;
struct pool *pool;
struct elem *cursor;

static void *must(void *p)
{
	if (p == NULL)
		abort();
	return p;
}

void test_setup(void)
{
	struct box *box = must(calloc(1, sizeof *box));
	int i;
	pool = must(calloc(1, sizeof *pool));
	pool->n = 2;
	for (i = 0; i < 2; i++) {
		pool->slots[i].v = 10 + i;
		box->items[i].v = 20 + i;
		box->items[i].home = box;
	}
	head.v = 1;
	head.next = &pool->slots[1];
	box->id = 7;
	cursor = &box->items[1];
}
