/* Reference migration for testdata/e2e/rename_var_field. */
#include "common.h"

struct o_conn {
	int fd;
	unsigned short port;
	char tag;
	long opened_at;
};
struct n_conn {
	int sock;
	unsigned short port;
	char tag;
	long opened_at;
};

static void conn(struct n_conn *n, const struct o_conn *o)
{
	n->sock = o->fd;
	n->port = o->port;
	n->tag = o->tag;
	n->opened_at = o->opened_at;
}

int xf_migrate(const struct xf_env *env)
{
	int *on = ref_lookup(env, 1, "old_name"), *nn = ref_lookup(env, 0, "new_name");
	struct o_conn *om = ref_lookup(env, 1, "main_conn"), *oa = ref_lookup(env, 1, "conns"),
		      **op = ref_lookup(env, 1, "conn_ptr");
	struct n_conn *nm = ref_lookup(env, 0, "main_conn"), *na = ref_lookup(env, 0, "conns"),
		      **np = ref_lookup(env, 0, "conn_ptr");
	int i;
	if (!on || !nn || !om || !oa || !op || !nm || !na || !np)
		return 1;
	*nn = *on;
	conn(nm, om);
	for (i = 0; i < 3; i++)
		conn(&na[i], &oa[i]);
	*np = NULL;
	if (*op) {
		*np = calloc(1, sizeof **np);
		conn(*np, *op);
	}
	return 0;
}
