#include <stdlib.h>
#include "old.h"
#include "../check.h"

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

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	struct dag *a = root->kids[0], *b = root->kids[1];
	check_int("old root->id", root->id, 0);
	check_int("old root->nkids", root->nkids, 3);
	check_ptr("old root->kids[2]", root->kids[2], a);
	check_int("old a->id", a->id, 1);
	check_int("old b->id", b->id, 2);
	check_ptr("old b->kids[0]", b->kids[0], a->kids[1]);
	check_ptr("old b->kids[1]", b->kids[1], a->kids[0]);
	check_ptr("old also_c", also_c, a->kids[0]);
	check_int("old lattice->id", lattice->id, 1000);
	return check_done();
}
