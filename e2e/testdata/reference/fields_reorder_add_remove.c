/* Reference migration for testdata/e2e/fields_reorder_add_remove. */
#include "common.h"

struct o_rec {
	int id;
	char name[16];
	double score;
	int legacy_flags;
	int hits;
	int misses;
};
struct n_rec {
	double score;
	int hits;
	char name[16];
	double hit_rate;
	int id;
	int misses;
};

static void rec(struct n_rec *n, const struct o_rec *o)
{
	int total = o->hits + o->misses;
	n->score = o->score;
	n->hits = o->hits;
	memcpy(n->name, o->name, sizeof n->name);
	n->hit_rate = total ? (double)o->hits / total : -1.0;
	n->id = o->id;
	n->misses = o->misses;
}

int xf_migrate(const struct xf_env *env)
{
	int *on = ref_lookup(env, 1, "nrec"), *nn = ref_lookup(env, 0, "nrec");
	struct o_rec *oa = ref_lookup(env, 1, "records"), **oc = ref_lookup(env, 1, "current");
	struct n_rec *na = ref_lookup(env, 0, "records"), **nc = ref_lookup(env, 0, "current");
	int i;
	if (!on || !nn || !oa || !oc || !na || !nc)
		return 1;
	*nn = *on;
	for (i = 0; i < 4; i++)
		rec(&na[i], &oa[i]);
	*nc = NULL;
	if (*oc) {
		*nc = calloc(1, sizeof **nc);
		rec(*nc, *oc);
	}
	return 0;
}
