#include "new.h"
#include "../check.h"

struct dnode *ring;
struct dnode *cursor;
struct dnode *loner;
int ring_len = 0;

int test_check(void)
{
	struct dnode *n = ring, *at500 = NULL, *last = NULL;
	int i;

	check_int("ring_len", ring_len, 1000);
	for (i = 0; i < 1000; i++) {
		if (!check_nonnull(F("ring node %d", i), n))
			return check_done();
		check_int(F("ring node %d .val", i), n->val, i * 3 - 7);
		if (!check_nonnull(F("ring node %d .next", i), n->next) ||
		    !check_nonnull(F("ring node %d .prev", i), n->prev))
			return check_done();
		check_ptr(F("ring node %d .next->prev (back pointer)", i), n->next->prev, n);
		check_ptr(F("ring node %d .prev->next (back pointer)", i), n->prev->next, n);
		if (i == 500)
			at500 = n;
		last = n;
		n = n->next;
	}
	check_ptr("ring node 999 .next (the ring closes on its head)", n, ring);
	check_ptr("ring->prev (the head's back pointer is node 999)", ring->prev, last);
	check_ptr("cursor (the ring's node 500, shared)", cursor, at500);

	if (check_nonnull("loner", loner)) {
		check_int("loner->val", loner->val, 31337);
		check_ptr("loner->next (self loop)", loner->next, loner);
		check_ptr("loner->prev (self loop)", loner->prev, loner);
	}
	return check_done();
}
