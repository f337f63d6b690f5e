#include "new.h"
#include "../check.h"

struct tnode *root;
struct item *long_list;
struct conf *the_conf;

enum { LONG_LIST = 200000, DEPTH = 12 };

static void check_list(const char *what, struct item *it, int n, int base)
{
	int i;
	for (i = 0; i < n; i++, it = it->next) {
		if (it == NULL) {
			check_nonnull(F("%s item %d", what, i), it);
			return;
		}
		if (it->v != base + i)
			check_int(F("%s item %d .v", what, i), it->v, base + i);
	}
	check_ptr(F("%s: next of the last item", what), it, NULL);
}

/* An explicit stack: the tree is walked without recursion. */
int test_check(void)
{
	struct { struct tnode *t; int k, depth; } stack[2 * DEPTH + 2];
	int len = 0;
	long nodes = 0;
	if (!check_nonnull("the_conf", the_conf))
		return check_done();
	check_int("the_conf->level", the_conf->level, 7);
	stack[len].t = root, stack[len].k = 1, stack[len++].depth = DEPTH;
	while (len > 0) {
		struct tnode *t = stack[--len].t;
		int k = stack[len].k, depth = stack[len].depth;
		if (depth == 0) {
			check_ptr(F("child %d of a leaf", k), t, NULL);
			continue;
		}
		if (!check_nonnull(F("node %d", k), t))
			continue;
		nodes++;
		check_int(F("node %d .key", k), t->key, k);
		check_ptr(F("node %d .conf (shared)", k), t->conf, the_conf);
		check_list(F("node %d", k), t->items, k % 4, 1000 * k);
		stack[len].t = t->left, stack[len].k = 2 * k, stack[len++].depth = depth - 1;
		stack[len].t = t->right, stack[len].k = 2 * k + 1, stack[len++].depth = depth - 1;
	}
	check_int("nodes", nodes, (1 << DEPTH) - 1);
	check_list("long_list", long_list, LONG_LIST, 0);
	return check_done();
}
