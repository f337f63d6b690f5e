#include "new.h"
#include "../check.h"

struct pool pool;
struct node *cursor;
struct slot slots[4];
struct slot *active_slot;

int test_check(void)
{
	int i;
	check_int("pool.n", pool.n, 6);
	if (check_nonnull("pool.nodes", pool.nodes) && pool.n == 6) {
		for (i = 0; i < 6; i++) {
			check_int(F("pool.nodes[%d].id", i), pool.nodes[i].id, 100 + i);
			check_ptr(F("pool.nodes[%d].next (an element of the new pool)", i), pool.nodes[i].next,
				  &pool.nodes[(i + 1) % 6]);
		}
		check_ptr("cursor (&pool.nodes[3] of the new pool)", cursor, &pool.nodes[3]);
	}
	for (i = 0; i < 4; i++) {
		check_int(F("slots[%d].fd", i), slots[i].fd, 10 + i);
		check_ptr(F("slots[%d].buddy (an element of the new global array)", i), slots[i].buddy,
			  &slots[(i + 1) % 4]);
	}
	check_ptr("active_slot (&slots[2] of the new global array)", active_slot, &slots[2]);
	return check_done();
}
