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

static int failed;

static handler_fn remap(const struct xf_env *env, handler_fn f, const char *where)
{
	Dl_info info;
	void *p;
	if (f == NULL)
		return NULL;
	if (dladdr(*(void **)&f, &info) == 0 || info.dli_sname == NULL) {
		snprintf(ref_err, sizeof ref_err, "%s: %p is no known function", where, *(void **)&f);
		failed = 1;
		return NULL;
	}
	p = env->new_lookup(env->new_ctx, info.dli_sname);
	if (p == NULL) {
		snprintf(ref_err, sizeof ref_err, "%s: the new version has no function %s", where, info.dli_sname);
		failed = 1;
	}
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
	return failed;
}
