#include "new.h"
#include "../check.h"

struct vec *g_a;
struct holder *g_b;

int test_check(void)
{
	if (!check_nonnull("g_a", g_a) || !check_nonnull("g_a->items", g_a->items) || !check_nonnull("g_b", g_b))
		return check_done();
	check_int("g_a->n", g_a->n, 2);
	check_int("items[0].v", g_a->items[0].v, 1);
	check_int("items[1].v", g_a->items[1].v, 2);
	check_ptr("g_b->end (items + 2)", g_b->end, g_a->items + 2);
	check_ptr("g_b->last (&items[1])", g_b->last, &g_a->items[1]);
	return check_done();
}
