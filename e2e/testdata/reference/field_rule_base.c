/* Reference migration for testdata/e2e/field_rule_base. */
#include "common.h"

struct o_acct {
	int id, cents;
	double bonus;
	char owner[12];
};
struct n_acct {
	int id;
	double amount, bonus;
	char owner[12];
};

static void acct(struct n_acct *n, const struct o_acct *o)
{
	n->id = o->id;
	n->amount = o->cents / 100.0 + o->bonus;
	n->bonus = o->bonus;
	memcpy(n->owner, o->owner, sizeof n->owner);
}

int xf_migrate(const struct xf_env *env)
{
	struct o_acct *oa = ref_lookup(env, 1, "accounts"), **ov = ref_lookup(env, 1, "vip");
	struct n_acct *na = ref_lookup(env, 0, "accounts"), **nv = ref_lookup(env, 0, "vip");
	int *on = ref_lookup(env, 1, "naccounts"), *nn = ref_lookup(env, 0, "naccounts");
	int i;
	if (!oa || !ov || !na || !nv || !on || !nn)
		return 1;
	*nn = *on;
	for (i = 0; i < 3; i++)
		acct(&na[i], &oa[i]);
	*nv = NULL;
	if (*ov) {
		*nv = calloc(1, sizeof **nv);
		acct(*nv, *ov);
	}
	return 0;
}
