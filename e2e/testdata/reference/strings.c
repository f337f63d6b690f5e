/* Reference migration for testdata/e2e/strings. */
#include "common.h"

struct o_user {
	int uid;
	char *name, *home;
};
struct n_user {
	char *name;
	long uid;
	char *home, *shell;
};

static char *str(char *s)
{
	char *n;
	if (s == NULL)
		return NULL;
	if ((n = ref_get(s)) != NULL)
		return n;
	n = strdup(s);
	ref_put(s, n);
	return n;
}

static void user(struct n_user *n, struct o_user *o)
{
	n->name = str(o->name);
	n->uid = o->uid;
	n->home = str(o->home);
	n->shell = o->uid == 0 ? "/bin/sh" : "/usr/bin/nologin";
}

int xf_migrate(const struct xf_env *env)
{
	struct o_user *ou = ref_lookup(env, 1, "users"), **oa = ref_lookup(env, 1, "admin");
	struct n_user *nu = ref_lookup(env, 0, "users"), **na = ref_lookup(env, 0, "admin");
	char **om = ref_lookup(env, 1, "motd"), **nm = ref_lookup(env, 0, "motd");
	int i;
	if (!ou || !oa || !nu || !na || !om || !nm)
		return 1;
	for (i = 0; i < 3; i++)
		user(&nu[i], &ou[i]);
	*na = NULL;
	if (*oa) {
		*na = calloc(1, sizeof **na);
		user(*na, *oa);
	}
	*nm = *om; /* char * did not change: copied */
	return 0;
}
