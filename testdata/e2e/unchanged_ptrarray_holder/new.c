#include "new.h"
#include "../check.h"

struct item first;
struct item *h;
long *wp;

int test_check(void)
{
	if (!check_nonnull("h", h) || !check_nonnull("h->items", h->items))
		return check_done();
	check_int("h->n", h->n, 2);
	check_int("h->items[0].v", h->items[0].v, 7);
	check_int("h->items[1].v", h->items[1].v, 8);
	check_ptr("h->items_end (h->items + 2)", h->items_end, h->items + 2);
	check_int("h->pr.a", h->pr.a, 1);
	check_int("h->pr.b", h->pr.b, 2);
	check_ptr("wp (&h->pr.b of the new h)", wp, &h->pr.b);
	check_int("first.n", first.n, 1);
	check_ptr("first.items (h->items + 1)", first.items, h->items + 1);
	check_ptr("first.items_end (h->items + 2)", first.items_end, h->items + 2);
	check_int("first.pr.a", first.pr.a, 3);
	check_ptr("h->next (&first)", h->next, &first);
	check_ptr("first.next (h)", first.next, h);
	return check_done();
}
