#include "new.h"
#include "../check.h"

struct tnode *root;
struct tnode **deepest_slot;
long nnodes;

#define DEPTH 1000000

int test_check(void)
{
	struct tnode *t = root, *up = NULL, *last = NULL;
	long seen = 0;
	int k;

	check_int("nnodes", nnodes, DEPTH + (DEPTH - 1) / 1000);
	for (k = 0; k < DEPTH; k++) {
		if (!check_nonnull(F("left spine node %d", k), t))
			return check_done();
		seen++;
		check_int(F("node %d .key", k), t->key, -k);
		check_int(F("node %d .link.depth", k), t->link.depth, k);
		check_ptr(F("node %d .link.up (its parent)", k), t->link.up, up);
		if ((k + 1) % 1000 == 0 && k + 1 < DEPTH) {
			struct tnode *r = t->right;
			if (check_nonnull(F("node %d .right", k), r)) {
				seen++;
				check_int(F("node %d .right->key", k), r->key, k + 1);
				check_int(F("node %d .right->link.depth", k), r->link.depth, k + 1);
				check_ptr(F("node %d .right->link.up", k), r->link.up, t);
				check_ptr(F("node %d .right->left", k), r->left, NULL);
				check_ptr(F("node %d .right->right (back to the root)", k), r->right, root);
			}
		} else {
			check_ptr(F("node %d .right", k), t->right, NULL);
		}
		up = last = t;
		t = t->left;
	}
	check_ptr(F("node %d .left", DEPTH - 1), t, NULL);
	check_int("nodes reached from root", seen, DEPTH + (DEPTH - 1) / 1000);
	if (check_nonnull("deepest_slot", deepest_slot))
		check_ptr("*deepest_slot (the deepest node)", *deepest_slot, last);
	return check_done();
}
