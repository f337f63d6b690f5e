/* Reference migration for testdata/e2e/ptrarray_length_field. */
#include "common.h"

struct o_item {
	int id;
	float price;
};
struct n_item {
	double price;
	int id, qty;
};
struct o_vec {
	int n;
	struct o_item *items;
};
struct n_vec {
	int n;
	struct n_item *items;
};

static struct n_item *items(struct o_item *o, int n)
{
	struct n_item *v;
	int i;
	if (o == NULL)
		return NULL;
	v = calloc((size_t)n, sizeof *v);
	for (i = 0; i < n; i++) {
		v[i].price = o[i].price;
		v[i].id = o[i].id;
		v[i].qty = o[i].id % 3 + 1;
	}
	return v;
}

static void vec(struct n_vec *n, const struct o_vec *o)
{
	n->n = o->n;
	n->items = items(o->items, o->n);
}

int xf_migrate(const struct xf_env *env)
{
	struct o_vec *oi = ref_lookup(env, 1, "inventory"), **op = ref_lookup(env, 1, "pvec"),
		     *oe = ref_lookup(env, 1, "empty_vec");
	struct n_vec *ni = ref_lookup(env, 0, "inventory"), **np = ref_lookup(env, 0, "pvec"),
		     *ne = ref_lookup(env, 0, "empty_vec");
	struct o_item **of = ref_lookup(env, 1, "fixed4");
	struct n_item **nf = ref_lookup(env, 0, "fixed4");
	if (!oi || !op || !oe || !ni || !np || !ne || !of || !nf)
		return 1;
	vec(ni, oi);
	vec(ne, oe);
	*np = NULL;
	if (*op) {
		*np = calloc(1, sizeof **np);
		vec(*np, *op);
	}
	*nf = items(*of, 4);
	return 0;
}
