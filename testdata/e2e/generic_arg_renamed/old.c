#include <stdlib.h>
#include "old.h"

struct box *conns;

static void *must(void *p)
{
	if (p == NULL)
		abort();
	return p;
}

void test_setup(void)
{
	int i;
	for (i = 2; i >= 0; i--) {
		struct box *b = must(calloc(1, sizeof *b));
		struct conn *c = must(calloc(1, sizeof *c));
		c->fd = 10 + i;
		b->data = c;
		b->next = conns;
		conns = b;
	}
}
