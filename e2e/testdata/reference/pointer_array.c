/* Reference migration for testdata/e2e/pointer_array. */
#include "common.h"

struct o_item {
	int id;
	short weight;
};
struct n_item {
	int weight;
	long id;
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
	n->id = o->id;
	n->weight = o->weight;
	return n;
}

int xf_migrate(const struct xf_env *env)
{
	struct o_item **os = ref_lookup(env, 1, "slots"), **of = ref_lookup(env, 1, "favorite"),
		      **og = ref_lookup(env, 1, "grid");
	struct n_item **ns = ref_lookup(env, 0, "slots"), **nf = ref_lookup(env, 0, "favorite"),
		      **ng = ref_lookup(env, 0, "grid");
	int i;
	if (!os || !of || !og || !ns || !nf || !ng)
		return 1;
	for (i = 0; i < 8; i++)
		ns[i] = item(os[i]);
	*nf = item(*of);
	for (i = 0; i < 6; i++)
		ng[i] = item(og[i]);
	return 0;
}
