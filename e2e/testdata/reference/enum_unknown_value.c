/* Reference migration for testdata/e2e/enum_unknown_value: it must fail. */
#include "common.h"

struct settings {
	int id, mode;
};

int xf_migrate(const struct xf_env *env)
{
	struct settings *o = ref_lookup(env, 1, "settings"), *n = ref_lookup(env, 0, "settings");
	if (!o || !n)
		return 1;
	n->id = o->id;
	if (o->mode != 0 && o->mode != 1) {
		snprintf(ref_err, sizeof ref_err, "settings.mode: old value %d of enum mode has no name", o->mode);
		return 1;
	}
	n->mode = 1 - o->mode;
	return 0;
}
