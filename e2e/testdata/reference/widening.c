/* Reference migration for testdata/e2e/widening. */
#include "common.h"

struct o_sample {
	int count;
	unsigned short port;
	float ratio;
	int lvl;
	short delta;
	unsigned char flags;
};
struct n_sample {
	long count;
	unsigned int port;
	double ratio;
	int lvl;
	long long delta;
	unsigned long flags;
};

static void sample(struct n_sample *n, const struct o_sample *o)
{
	n->count = o->count;
	n->port = o->port;
	n->ratio = o->ratio;
	n->lvl = o->lvl;
	n->delta = o->delta;
	n->flags = o->flags;
}

int xf_migrate(const struct xf_env *env)
{
	int *ot = ref_lookup(env, 1, "total"), *ol = ref_lookup(env, 1, "global_level");
	long *nt = ref_lookup(env, 0, "total");
	unsigned short *os = ref_lookup(env, 1, "small_port");
	unsigned int *ns = ref_lookup(env, 0, "small_port");
	float *of = ref_lookup(env, 1, "load_avg");
	double *nf = ref_lookup(env, 0, "load_avg");
	int *nl = ref_lookup(env, 0, "global_level"), *nty = ref_lookup(env, 0, "tiny");
	signed char *oty = ref_lookup(env, 1, "tiny");
	struct o_sample *oa = ref_lookup(env, 1, "samples"), **op = ref_lookup(env, 1, "psample");
	struct n_sample *na = ref_lookup(env, 0, "samples"), **np = ref_lookup(env, 0, "psample");
	float *osp = ref_lookup(env, 1, "specials");
	double *nsp = ref_lookup(env, 0, "specials");
	int i;
	if (!ot || !ol || !nt || !os || !ns || !of || !nf || !nl || !nty || !oty || !oa || !op || !na || !np || !osp || !nsp)
		return 1;
	for (i = 0; i < 3; i++)
		nsp[i] = osp[i];
	*nt = *ot;
	*ns = *os;
	*nf = *of;
	*nl = *ol;
	*nty = *oty;
	for (i = 0; i < 3; i++)
		sample(&na[i], &oa[i]);
	*np = NULL;
	if (*op) {
		*np = calloc(1, sizeof **np);
		sample(*np, *op);
	}
	return 0;
}
