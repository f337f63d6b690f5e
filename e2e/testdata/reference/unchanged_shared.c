/* Reference migration for testdata/e2e/unchanged_shared. */
#include "common.h"

struct blob;
struct o_holder {
	int x;
	struct blob *b;
};
struct n_holder {
	long x;
	struct blob *b;
};

int xf_migrate(const struct xf_env *env)
{
	struct blob **osb = ref_lookup(env, 1, "shared_blob"), **nsb = ref_lookup(env, 0, "shared_blob");
	struct o_holder *oh = ref_lookup(env, 1, "holders"), **ohp = ref_lookup(env, 1, "hp");
	struct n_holder *nh = ref_lookup(env, 0, "holders"), **nhp = ref_lookup(env, 0, "hp");
	unsigned long *oa = ref_lookup(env, 1, "blob_addr"), *na = ref_lookup(env, 0, "blob_addr");
	int i;
	if (!osb || !nsb || !oh || !ohp || !nh || !nhp || !oa || !na)
		return 1;
	*nsb = *osb;
	for (i = 0; i < 2; i++) {
		nh[i].x = oh[i].x;
		nh[i].b = oh[i].b;
		na[i] = oa[i];
	}
	*nhp = NULL;
	if (*ohp) {
		*nhp = calloc(1, sizeof **nhp);
		(*nhp)->x = (*ohp)->x;
		(*nhp)->b = (*ohp)->b;
	}
	return 0;
}
