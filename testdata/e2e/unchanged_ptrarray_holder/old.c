#include <stdlib.h>
#include "old.h"

struct item first;
struct item *h;
long *wp;

void test_setup(void)
{
	h = calloc(1, sizeof *h);
	if (h == NULL)
		abort();
	h->n = 2;
	h->items = calloc(2, sizeof *h->items);
	if (h->items == NULL)
		abort();
	h->items[0].v = 7;
	h->items[1].v = 8;
	h->items_end = h->items + 2;
	h->pr.a = 1;
	h->pr.b = 2;
	wp = &h->pr.b;
	h->next = &first;
	first.next = h;
	first.n = 1;
	first.items = h->items + 1;
	first.items_end = h->items + 2;
	first.pr.a = 3;
}
