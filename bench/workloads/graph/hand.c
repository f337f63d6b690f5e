/* The graph migrated by hand: an address map from old to new nodes
 * (16-byte slots, load at most 1/2, sized for count nodes before it
 * starts), an explicit stack of nodes to fill, one calloc per node. */
#include "../../../e2e/testdata/reference/common.h"

struct o_gnode {
	long label;
	struct o_gnode *edge[3];
};
struct n_gnode {
	long label;
	struct n_gnode *edge[3];
	long mark;
};

static struct slot {
	struct o_gnode *o;
	struct n_gnode *n;
} *map;
static size_t mask;
static struct slot *stack; /* nodes made, still to fill */
static size_t len, cap;

/* copy_of returns the new node of o, made (and put on the stack to be
 * filled) the first time o is seen; NULL when memory runs out. */
static struct n_gnode *copy_of(struct o_gnode *o)
{
	size_t i;
	for (i = ref_hash(o) & mask; map[i].o != NULL; i = (i + 1) & mask)
		if (map[i].o == o)
			return map[i].n;
	if (len == cap) {
		struct slot *s = realloc(stack, (cap ? 2 * cap : 1024) * sizeof *s);
		if (s == NULL)
			return NULL;
		stack = s;
		cap = cap ? 2 * cap : 1024;
	}
	map[i].o = o;
	if ((map[i].n = calloc(1, sizeof *map[i].n)) == NULL)
		return NULL;
	stack[len++] = map[i];
	return map[i].n;
}

int xf_migrate(const struct xf_env *env)
{
	struct o_gnode **oroot = ref_lookup(env, 1, "root");
	struct n_gnode **nroot = ref_lookup(env, 0, "root");
	long *ocount = ref_lookup(env, 1, "count"), *ncount = ref_lookup(env, 0, "count");
	size_t size = 16;
	int rc = 1;
	if (!oroot || !nroot || !ocount || !ncount)
		return 1;
	while (size < 2 * (size_t)(*ocount > 0 ? *ocount : 1))
		size *= 2;
	mask = size - 1;
	if ((map = calloc(size, sizeof *map)) == NULL)
		goto out;
	*nroot = NULL;
	if (*oroot != NULL && (*nroot = copy_of(*oroot)) == NULL)
		goto out;
	while (len > 0) {
		struct o_gnode *o = stack[len - 1].o;
		struct n_gnode *n = stack[--len].n;
		int k;
		n->label = o->label;
		n->mark = o->label & 0xff;
		for (k = 0; k < 3; k++)
			if (o->edge[k] != NULL && (n->edge[k] = copy_of(o->edge[k])) == NULL)
				goto out;
	}
	*ncount = *ocount;
	rc = 0;
out:
	if (rc != 0)
		snprintf(ref_err, sizeof ref_err, "out of memory");
	free(map);
	free(stack);
	map = NULL;
	stack = NULL;
	len = cap = 0;
	return rc;
}
