/* Reference migration for testdata/e2e/enum_missing_value_rule. */
#include "common.h"

struct brush {
	int width, color;
};

static int color(int c) { return c == 0 ? 1 : c == 1 ? 2 : 0; }

int xf_migrate(const struct xf_env *env)
{
	int *op = ref_lookup(env, 1, "paint"), *np = ref_lookup(env, 0, "paint");
	struct brush *ob = ref_lookup(env, 1, "brushes"), *nb = ref_lookup(env, 0, "brushes");
	int i;
	if (!op || !np || !ob || !nb)
		return 1;
	*np = color(*op);
	for (i = 0; i < 2; i++) {
		nb[i].width = ob[i].width;
		nb[i].color = color(ob[i].color);
	}
	return 0;
}
