/* The list migrated by hand: one pass, one calloc per node, no map
 * (nothing else points into the list). */
#include "../../../e2e/testdata/reference/common.h"

struct o_node {
	int val;
	struct o_node *next;
};
struct n_node {
	int val;
	struct n_node *next;
	long weight;
};

int xf_migrate(const struct xf_env *env)
{
	struct o_node **ohead = ref_lookup(env, 1, "head"), *o;
	struct n_node **nhead = ref_lookup(env, 0, "head"), **link;
	long *ocount = ref_lookup(env, 1, "count"), *ncount = ref_lookup(env, 0, "count");
	if (!ohead || !nhead || !ocount || !ncount)
		return 1;
	link = nhead;
	for (o = *ohead; o != NULL; o = o->next) {
		struct n_node *n = calloc(1, sizeof *n);
		if (n == NULL) {
			snprintf(ref_err, sizeof ref_err, "out of memory");
			return 1;
		}
		n->val = o->val;
		n->weight = (long)o->val * 3 + 1;
		*link = n;
		link = &n->next;
	}
	*link = NULL;
	*ncount = *ocount;
	return 0;
}
