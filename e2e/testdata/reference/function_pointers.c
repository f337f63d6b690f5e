/* Reference migration for testdata/e2e/function_pointers. */
#include "common.h"

typedef int (*handler_fn)(int);
struct o_route {
	int code;
	handler_fn fn;
};
struct n_route {
	handler_fn fn;
	long code;
};

static handler_fn remap(const struct xf_env *env, handler_fn f, const char *where)
{
	void *p = ref_remap(env, *(void **)&f, where);
	return *(handler_fn *)&p;
}

int xf_migrate(const struct xf_env *env)
{
	struct o_route *or = ref_lookup(env, 1, "routes"), **od = ref_lookup(env, 1, "dyn_route");
	struct n_route *nr = ref_lookup(env, 0, "routes"), **nd = ref_lookup(env, 0, "dyn_route");
	handler_fn *ofb = ref_lookup(env, 1, "fallback"), *nfb = ref_lookup(env, 0, "fallback");
	handler_fn **oslot = ref_lookup(env, 1, "slot"), **nslot = ref_lookup(env, 0, "slot");
	int i;
	if (!or || !od || !nr || !nd || !ofb || !nfb || !oslot || !nslot)
		return 1;
	*nslot = *oslot == &or[1].fn ? &nr[1].fn : NULL;
	for (i = 0; i < 4; i++) {
		nr[i].code = or[i].code;
		nr[i].fn = remap(env, or[i].fn, "routes[].fn");
	}
	*nfb = remap(env, *ofb, "fallback");
	*nd = NULL;
	if (*od) {
		*nd = calloc(1, sizeof **nd);
		(*nd)->code = (*od)->code;
		(*nd)->fn = remap(env, (*od)->fn, "dyn_route->fn");
	}
	return ref_failed;
}
