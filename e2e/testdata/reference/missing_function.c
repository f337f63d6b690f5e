/* Reference migration for testdata/e2e/missing_function: it must fail. */
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
	struct o_route *or = ref_lookup(env, 1, "routes");
	struct n_route *nr = ref_lookup(env, 0, "routes");
	int i;
	if (!or || !nr)
		return 1;
	for (i = 0; i < 2; i++) {
		nr[i].code = or[i].code;
		nr[i].fn = remap(env, or[i].fn, "routes[].fn");
	}
	return ref_failed;
}
