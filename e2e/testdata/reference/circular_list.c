/* Reference migration for testdata/e2e/circular_list. */
#include "common.h"

struct o_dnode {
	int val;
	struct o_dnode *prev, *next;
};
struct n_dnode {
	struct n_dnode *next;
	long val;
	struct n_dnode *prev;
};

/* Allocate first, fill later: a worklist, so rings do not recurse. */
static struct o_dnode **todo;
static size_t ntodo, captodo;

static struct n_dnode *node(struct o_dnode *o)
{
	struct n_dnode *n;
	if (o == NULL)
		return NULL;
	if ((n = ref_get(o)) != NULL)
		return n;
	n = calloc(1, sizeof *n);
	ref_put(o, n);
	if (ntodo == captodo) {
		captodo = captodo ? 2 * captodo : 64;
		todo = realloc(todo, captodo * sizeof *todo);
	}
	todo[ntodo++] = o;
	return n;
}

int xf_migrate(const struct xf_env *env)
{
	static const char *ptrs[3] = { "ring", "cursor", "loner" };
	int *ol = ref_lookup(env, 1, "ring_len"), *nl = ref_lookup(env, 0, "ring_len");
	int i;
	if (!ol || !nl)
		return 1;
	*nl = *ol;
	for (i = 0; i < 3; i++) {
		struct o_dnode **o = ref_lookup(env, 1, ptrs[i]);
		struct n_dnode **n = ref_lookup(env, 0, ptrs[i]);
		if (!o || !n)
			return 1;
		*n = node(*o);
	}
	while (ntodo > 0) {
		struct o_dnode *o = todo[--ntodo];
		struct n_dnode *n = ref_get(o);
		n->val = o->val;
		n->next = node(o->next);
		n->prev = node(o->prev);
	}
	return 0;
}
