#include "new.h"
#include "../check.h"

struct dag *root;
struct dag *also_c;
struct dag *lattice;

#define LEVELS 40

static int check_node(const char *what, const struct dag *d, long id, int nkids)
{
	char w[96];
	snprintf(w, sizeof w, "%s", what);
	if (!check_nonnull(w, d))
		return 0;
	check_int(F("%s.id", w), d->id, id);
	check_int(F("%s.nkids", w), d->nkids, nkids);
	check_ptr(F("%s.kids[3] (added element)", w), d->kids[3], NULL);
	return 1;
}

int test_check(void)
{
	struct dag *a, *b, *c, *d, *e, *x, *y;
	int i;

	if (!check_node("root", root, 0, 3))
		return check_done();
	a = root->kids[0];
	b = root->kids[1];
	check_ptr("root->kids[2] (same child as kids[0])", root->kids[2], a);
	if (!check_node("a = root->kids[0]", a, 1, 2) || !check_node("b = root->kids[1]", b, 2, 2))
		return check_done();
	c = a->kids[0];
	d = a->kids[1];
	if (!check_node("c = a->kids[0]", c, 3, 1) || !check_node("d = a->kids[1]", d, 4, 1))
		return check_done();
	check_ptr("b->kids[0] (shared with a->kids[1])", b->kids[0], d);
	check_ptr("b->kids[1] (shared with a->kids[0])", b->kids[1], c);
	check_ptr("also_c (a global aliasing c)", also_c, c);
	e = c->kids[0];
	if (!check_node("e = c->kids[0]", e, 5, 0))
		return check_done();
	check_ptr("d->kids[0] (shared with c->kids[0])", d->kids[0], e);
	check_ptr("c->kids[1]", c->kids[1], NULL);
	check_ptr("e->kids[0]", e->kids[0], NULL);
	check_distinct("a and b", a, b);
	check_distinct("c and d", c, d);

	x = lattice;
	y = NULL;
	if (!check_node("lattice level 0 x", x, 1000, 2))
		return check_done();
	y = x->kids[1];
	x = x->kids[0];
	for (i = 1; i < LEVELS; i++) {
		int kids = i == LEVELS - 1 ? 0 : 2;
		if (!check_node(F("lattice level %d x", i), x, 1000 + 2 * i, kids) ||
		    !check_node(F("lattice level %d y", i), y, 1001 + 2 * i, kids))
			return check_done();
		check_distinct(F("lattice level %d x and y", i), x, y);
		check_ptr(F("lattice level %d y->kids[1] (shared with x->kids[0])", i), y->kids[1], x->kids[0]);
		check_ptr(F("lattice level %d y->kids[0] (shared with x->kids[1])", i), y->kids[0], x->kids[1]);
		{
			struct dag *nx = x->kids[0], *ny = x->kids[1];
			x = nx;
			y = ny;
		}
	}
	check_ptr("lattice last level x->kids[0]", x, NULL);
	return check_done();
}
