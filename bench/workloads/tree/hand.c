/* The tree migrated by hand: an explicit stack of (old node, where its
 * copy goes), one calloc per node, no map (every node has one parent). */
#include "../../../e2e/testdata/reference/common.h"

struct o_tnode {
	int key;
	struct o_tnode *left, *right;
};
struct n_tnode {
	long key;
	struct n_tnode *left, *right;
};
struct todo {
	struct o_tnode *o;
	struct n_tnode **to;
};

int xf_migrate(const struct xf_env *env)
{
	struct o_tnode **oroot = ref_lookup(env, 1, "root");
	struct n_tnode **nroot = ref_lookup(env, 0, "root");
	long *ocount = ref_lookup(env, 1, "count"), *ncount = ref_lookup(env, 0, "count");
	struct todo *stack;
	size_t len = 0, cap = 64;
	if (!oroot || !nroot || !ocount || !ncount)
		return 1;
	if ((stack = malloc(cap * sizeof *stack)) == NULL)
		goto oom;
	stack[len++] = (struct todo){*oroot, nroot};
	while (len > 0) {
		struct todo t = stack[--len];
		struct n_tnode *n;
		if (t.o == NULL) {
			*t.to = NULL;
			continue;
		}
		if ((n = calloc(1, sizeof *n)) == NULL)
			goto oom;
		n->key = t.o->key;
		*t.to = n;
		if (len + 2 > cap) {
			struct todo *s = realloc(stack, 2 * cap * sizeof *s);
			if (s == NULL)
				goto oom;
			stack = s;
			cap *= 2;
		}
		stack[len++] = (struct todo){t.o->right, &n->right};
		stack[len++] = (struct todo){t.o->left, &n->left};
	}
	free(stack);
	*ncount = *ocount;
	return 0;
oom:
	free(stack);
	snprintf(ref_err, sizeof ref_err, "out of memory");
	return 1;
}
