/* Reference migration for testdata/e2e/list_10m, as an expert writes
 * it: one pass, one calloc per node, and no address map, since the only
 * other pointer into the list (tail) is recognised on the way. */
#include "common.h"

struct o_node {
	int val;
	struct o_node *next;
};
struct n_node {
	long val;
	struct n_node *next;
	long weight;
};

int xf_migrate(const struct xf_env *env)
{
	struct o_node **ohead = ref_lookup(env, 1, "head"), **otail = ref_lookup(env, 1, "tail");
	long *ocount = ref_lookup(env, 1, "count");
	struct n_node **nhead = ref_lookup(env, 0, "head"), **ntail = ref_lookup(env, 0, "tail");
	long *ncount = ref_lookup(env, 0, "count");
	struct n_node **link;
	struct o_node *o;

	if (!ohead || !otail || !ocount || !nhead || !ntail || !ncount)
		return 1;
	link = nhead;
	*ntail = NULL;
	for (o = *ohead; o != NULL; o = o->next) {
		struct n_node *n = calloc(1, sizeof *n);
		if (n == NULL) {
			snprintf(ref_err, sizeof ref_err, "head: out of memory");
			return 1;
		}
		n->val = o->val;
		n->weight = (long)o->val * 3 + 1;
		*link = n;
		link = &n->next;
		if (o == *otail)
			*ntail = n;
	}
	*link = NULL;
	if (*otail != NULL && *ntail == NULL) {
		snprintf(ref_err, sizeof ref_err, "tail: points at no node of the list");
		return 1;
	}
	*ncount = *ocount;
	return 0;
}
