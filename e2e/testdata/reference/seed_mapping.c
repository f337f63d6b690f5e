/* Reference migration for testdata/e2e/seed_mapping. */
#include "common.h"

struct n_list {
	int key, val;
	struct n_list *next;
};

int xf_migrate(const struct xf_env *env)
{
	int *oc = ref_lookup(env, 1, "c_size"), *nc = ref_lookup(env, 0, "c_size");
	int **om = ref_lookup(env, 1, "mapping");
	struct n_list **nm = ref_lookup(env, 0, "mapping");
	int key;
	if (!oc || !nc || !om || !nm)
		return 1;
	*nc = *oc;
	*nm = NULL;
	for (key = 0; key < *oc; key++) {
		if ((*om)[key] != 0) {
			struct n_list *cur = malloc(sizeof *cur);
			cur->key = key;
			cur->val = (*om)[key];
			cur->next = *nm;
			*nm = cur;
		}
	}
	return 0;
}
