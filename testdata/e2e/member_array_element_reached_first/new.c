#include "new.h"
#include "../check.h"

struct node head;
struct pool *pool;
struct elem *cursor;

int test_check(void)
{
	struct box *box;
	int i;
	if (!check_nonnull("pool", pool) || !check_nonnull("cursor", cursor) ||
	    !check_nonnull("cursor->home", cursor->home))
		return check_done();
	box = cursor->home;
	check_int("head.v", head.v, 1);
	check_int("pool->n", pool->n, 2);
	check_int("box->id", box->id, 7);
	for (i = 0; i < 2; i++) {
		check_int(F("pool->slots[%d].v", i), pool->slots[i].v, 10 + i);
		check_ptr(F("pool->slots[%d].next", i), pool->slots[i].next, NULL);
		check_int(F("box->items[%d].v", i), box->items[i].v, 20 + i);
		check_ptr(F("box->items[%d].home", i), box->items[i].home, box);
	}
	check_ptr("head.next (&pool->slots[1])", head.next, &pool->slots[1]);
	check_ptr("cursor (&box->items[1])", cursor, &box->items[1]);
	return check_done();
}
