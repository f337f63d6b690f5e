#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct dnode *ring;
struct dnode *cursor;
struct dnode *loner;
int ring_len;

void test_setup(void)
{
	struct dnode *prev = NULL;
	int i;
	ring_len = 1000;
	for (i = 0; i < ring_len; i++) {
		struct dnode *n = malloc(sizeof *n);
		n->val = i * 3 - 7;
		n->prev = prev;
		n->next = NULL;
		if (prev)
			prev->next = n;
		else
			ring = n;
		if (i == 500)
			cursor = n;
		prev = n;
	}
	prev->next = ring;
	ring->prev = prev;

	loner = malloc(sizeof *loner);
	loner->val = 31337;
	loner->prev = loner->next = loner;
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	struct dnode *n = ring;
	int i;
	for (i = 0; i < 1000; i++) {
		if (!check_nonnull(F("old ring node %d", i), n))
			return check_done();
		check_int(F("old ring node %d .val", i), n->val, i * 3 - 7);
		check_ptr(F("old ring node %d .next->prev", i), n->next ? n->next->prev : NULL, n);
		if (i == 500)
			check_ptr("old cursor", cursor, n);
		n = n->next;
	}
	check_ptr("old ring closes", n, ring);
	check_ptr("old loner->next", loner->next, loner);
	check_int("old loner->val", loner->val, 31337);
	return check_done();
}
