/* Reference migration for testdata/e2e/interior_unchanged_pointers:
 * pointers into migrated objects follow them, whatever their type. */
#include "common.h"
#include <stddef.h>

struct link {
	struct link *next, *prev;
};
struct o_conn {
	int fd;
	struct link link;
};
struct n_conn {
	struct link link;
	long fd;
	int flags;
};
struct o_conf {
	int port, backlog;
};
struct n_conf {
	long backlog;
	int port;
};

int xf_migrate(const struct xf_env *env)
{
	struct o_conf *oc = ref_lookup(env, 1, "conf");
	struct n_conf *nc = ref_lookup(env, 0, "conf");
	int **op = ref_lookup(env, 1, "port_ptr"), **np = ref_lookup(env, 0, "port_ptr");
	struct link *olive = ref_lookup(env, 1, "live"), *nlive = ref_lookup(env, 0, "live");
	struct o_conn **oconns = ref_lookup(env, 1, "conns");
	struct n_conn **nconns = ref_lookup(env, 0, "conns");
	int i;
	if (!oc || !nc || !op || !np || !olive || !nlive || !oconns || !nconns)
		return 1;
	nc->port = oc->port;
	nc->backlog = oc->backlog;
	*np = *op == &oc->port ? &nc->port : *op;
	/* Map each old link (inside an old conn, or the head) to the new. */
	ref_put(olive, nlive);
	for (i = 0; i < 3; i++) {
		nconns[i] = calloc(1, sizeof *nconns[i]);
		nconns[i]->fd = oconns[i]->fd;
		ref_put(&oconns[i]->link, &nconns[i]->link);
	}
	nlive->next = ref_get(olive->next);
	nlive->prev = ref_get(olive->prev);
	for (i = 0; i < 3; i++) {
		nconns[i]->link.next = ref_get(oconns[i]->link.next);
		nconns[i]->link.prev = ref_get(oconns[i]->link.prev);
	}
	return 0;
}
