#include <stdlib.h>
#include "old.h"

struct tnode *root;
struct tnode **deepest_slot;
long nnodes;

#define DEPTH 1000000

static struct tnode *mk(int key, struct tnode *up, int depth)
{
	struct tnode *t = calloc(1, sizeof *t);
	if (t == NULL)
		abort();
	t->key = key;
	t->link.up = up;
	t->link.depth = depth;
	nnodes++;
	return t;
}

void test_setup(void)
{
	struct tnode *t;
	int d;
	root = mk(0, NULL, 0);
	t = root;
	/* Left spine keys count down; every 1000th node has a right leaf
	 * whose right pointer goes back to the root (a cycle, not a tree). */
	for (d = 1; d < DEPTH; d++) {
		t->left = mk(-d, t, d);
		if (d % 1000 == 0) {
			t->right = mk(d, t, d);
			t->right->right = root;
		}
		t = t->left;
	}
	deepest_slot = malloc(sizeof *deepest_slot);
	*deepest_slot = t;
}
