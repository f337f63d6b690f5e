/* Reference migration for testdata/e2e/missing_symbol: it must fail. */
#include "common.h"

int xf_migrate(const struct xf_env *env)
{
	int *os = ref_lookup(env, 1, "stats");
	long *ns = ref_lookup(env, 0, "stats");
	if (!os || !ns)
		return 1;
	*ns = *os;
	return 0;
}
