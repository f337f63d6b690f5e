#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct pool pool;
struct node *cursor;
struct slot slots[4];
struct slot *active_slot;

void test_setup(void)
{
	int i;
	/* cursor first: a migration that meets it before the array must
	 * still end with one object per element. */
	pool.n = 6;
	pool.nodes = malloc(6 * sizeof *pool.nodes);
	for (i = 0; i < 6; i++) {
		pool.nodes[i].id = 100 + i;
		pool.nodes[i].next = i < 5 ? &pool.nodes[i + 1] : &pool.nodes[0];
	}
	cursor = &pool.nodes[3];
	for (i = 0; i < 4; i++) {
		slots[i].fd = 10 + i;
		slots[i].buddy = &slots[(i + 1) % 4];
	}
	active_slot = &slots[2];
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	int i;
	for (i = 0; i < 6; i++) {
		check_int(F("old pool.nodes[%d].id", i), pool.nodes[i].id, 100 + i);
		check_ptr(F("old pool.nodes[%d].next", i), pool.nodes[i].next, &pool.nodes[(i + 1) % 6]);
	}
	check_ptr("old cursor", cursor, &pool.nodes[3]);
	check_ptr("old active_slot", active_slot, &slots[2]);
	return check_done();
}
