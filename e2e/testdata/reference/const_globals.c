/* Reference migration for testdata/e2e/const_globals: the const globals
 * are left as the new program made them; cur_ops follows to the new
 * table. */
#include "common.h"

int xf_migrate(const struct xf_env *env)
{
	const void **ocur = ref_lookup(env, 1, "cur_ops"), **ncur = ref_lookup(env, 0, "cur_ops");
	const void *otab = ref_lookup(env, 1, "default_ops"), *ntab = ref_lookup(env, 0, "default_ops");
	int *oreq = ref_lookup(env, 1, "requests");
	long *nreq = ref_lookup(env, 0, "requests");
	if (!ocur || !ncur || !otab || !ntab || !oreq || !nreq)
		return 1;
	*ncur = *ocur == otab ? ntab : NULL;
	*nreq = *oreq;
	return 0;
}
