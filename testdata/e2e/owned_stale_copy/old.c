#include <stdlib.h>
#include "old.h"

struct vec *a_vec;
struct holder *b_holder;
struct three *c_three;

static void *must(void *p)
{
	if (p == NULL)
		abort();
	return p;
}

void test_setup(void)
{
	struct node *two = must(calloc(2, sizeof *two));
	struct three *t2;
	int i;
	for (i = 0; i < 2; i++) {
		two[i].v = 100 + i;
		two[i].next.score[0] = 10 * i;
		two[i].next.score[1] = 10 * i + 1;
	}
	a_vec = must(calloc(1, sizeof *a_vec));
	a_vec->n = 2;
	a_vec->items = two;
	b_holder = must(calloc(1, sizeof *b_holder));
	b_holder->port = &two[1].next.score[1];
	c_three = must(calloc(1, sizeof *c_three));
	c_three->tag = &two[0];
	t2 = must(calloc(1, sizeof *t2));
	t2->tag = &two[1];
	c_three->more = t2;
}
