/* Reference migration for testdata/e2e/dag_shared. */
#include "common.h"

struct o_dag {
	int id, nkids;
	struct o_dag *kids[3];
};
struct n_dag {
	long id;
	struct n_dag *kids[4];
	int nkids;
};

static struct n_dag *dag(struct o_dag *o)
{
	struct n_dag *n;
	int i;
	if (o == NULL)
		return NULL;
	if ((n = ref_get(o)) != NULL)
		return n;
	n = calloc(1, sizeof *n);
	ref_put(o, n);
	n->id = o->id;
	n->nkids = o->nkids;
	for (i = 0; i < 3; i++)
		n->kids[i] = dag(o->kids[i]);
	return n;
}

int xf_migrate(const struct xf_env *env)
{
	static const char *ptrs[3] = { "root", "also_c", "lattice" };
	int i;
	for (i = 0; i < 3; i++) {
		struct o_dag **o = ref_lookup(env, 1, ptrs[i]);
		struct n_dag **n = ref_lookup(env, 0, ptrs[i]);
		if (!o || !n)
			return 1;
		*n = dag(*o);
	}
	return 0;
}
