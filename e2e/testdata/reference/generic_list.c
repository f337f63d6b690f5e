/* Reference migration for testdata/e2e/generic_list. */
#include "common.h"

struct list {
	void *data;
	struct list *next;
};
struct o_item {
	int id, qty;
};
struct n_item {
	long qty;
	int id;
};

static struct n_item *item(struct o_item *o)
{
	struct n_item *n;
	if (o == NULL)
		return NULL;
	if ((n = ref_get(o)) != NULL)
		return n;
	n = calloc(1, sizeof *n);
	ref_put(o, n);
	n->qty = o->qty;
	n->id = o->id;
	return n;
}

int xf_migrate(const struct xf_env *env)
{
	struct list **oi = ref_lookup(env, 1, "items"), **ni = ref_lookup(env, 0, "items");
	struct list **ot = ref_lookup(env, 1, "tags"), **nt = ref_lookup(env, 0, "tags");
	unsigned long *oa = ref_lookup(env, 1, "tag0_addr"), *na = ref_lookup(env, 0, "tag0_addr");
	struct list *o, **link;
	if (!oi || !ni || !ot || !nt || !oa || !na)
		return 1;
	link = ni;
	for (o = *oi; o; o = o->next) {
		struct list *n = calloc(1, sizeof *n);
		n->data = item(o->data);
		*link = n;
		link = &n->next;
	}
	*nt = *ot; /* struct list of struct tag did not change: kept */
	*na = *oa;
	return 0;
}
