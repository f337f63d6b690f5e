#include <stdlib.h>
#include "old.h"

struct dag *root;
struct dag *also_c;
struct dag *lattice;

static struct dag *node(int id, struct dag *k0, struct dag *k1)
{
	struct dag *d = calloc(1, sizeof *d);
	d->id = id;
	d->kids[0] = k0;
	d->kids[1] = k1;
	d->nkids = (k0 != NULL) + (k1 != NULL);
	return d;
}

#define LEVELS 40

void test_setup(void)
{
	/* root -> a, b; a -> c, d; b -> c, d; c -> e; d -> e */
	struct dag *e = node(5, NULL, NULL);
	struct dag *c = node(3, e, NULL);
	struct dag *d = node(4, e, NULL);
	struct dag *a = node(1, c, d);
	struct dag *b = node(2, d, c);
	struct dag *l0 = NULL, *l1 = NULL;
	int i;
	root = node(0, a, b);
	root->kids[2] = root->kids[0]; /* the same child twice */
	root->nkids = 3;
	also_c = c;

	/* Level i has two nodes, each pointing at both nodes of level i+1. */
	for (i = LEVELS - 1; i >= 0; i--) {
		struct dag *x = node(1000 + 2 * i, l0, l1);
		struct dag *y = node(1001 + 2 * i, l1, l0);
		l0 = x;
		l1 = y;
	}
	lattice = l0;
}
