/* Reference migration for testdata/e2e/nested_struct. */
#include "common.h"

struct o_inner {
	short a;
	int b;
};
struct n_inner {
	int b;
	long a;
	int sum;
};
struct o_outer {
	int tag;
	struct o_inner in, arr[3], *pin;
};
struct n_outer {
	int tag;
	struct n_inner in, arr[3], *pin;
};

static void inner(struct n_inner *n, const struct o_inner *o)
{
	n->b = o->b;
	n->a = o->a;
	n->sum = o->a + o->b;
}

static struct n_inner *pinner(struct o_inner *o)
{
	struct n_inner *n;
	if (o == NULL)
		return NULL;
	if ((n = ref_get(o)) != NULL)
		return n;
	n = calloc(1, sizeof *n);
	ref_put(o, n);
	inner(n, o);
	return n;
}

static void outer(struct n_outer *n, const struct o_outer *o)
{
	int j;
	n->tag = o->tag;
	inner(&n->in, &o->in);
	for (j = 0; j < 3; j++)
		inner(&n->arr[j], &o->arr[j]);
	n->pin = pinner(o->pin);
}

int xf_migrate(const struct xf_env *env)
{
	struct o_outer *o1 = ref_lookup(env, 1, "o1"), *oa = ref_lookup(env, 1, "outers"),
		       **op = ref_lookup(env, 1, "po");
	struct n_outer *n1 = ref_lookup(env, 0, "o1"), *na = ref_lookup(env, 0, "outers"),
		       **np = ref_lookup(env, 0, "po");
	struct o_inner *og = ref_lookup(env, 1, "grid");
	struct n_inner *ng = ref_lookup(env, 0, "grid");
	int i;
	if (!o1 || !oa || !op || !n1 || !na || !np || !og || !ng)
		return 1;
	outer(n1, o1);
	for (i = 0; i < 2; i++)
		outer(&na[i], &oa[i]);
	*np = NULL;
	if (*op) {
		*np = calloc(1, sizeof **np);
		outer(*np, *op);
	}
	for (i = 0; i < 6; i++)
		inner(&ng[i], &og[i]);
	return 0;
}
