/* The small changed part migrated by hand; the records are kept where
 * they are (their type did not change), so the store's pointers are
 * copied as they are. */
#include "../../../e2e/testdata/reference/common.h"

struct store {
	void *first;
	long count;
};
struct o_config {
	int port;
	int workers;
};
struct n_config {
	int port;
	int workers;
	long timeout_ms;
};
struct o_session {
	int fd;
	struct o_session *next;
};
struct n_session {
	int fd;
	struct n_session *next;
	long last_seen;
};

int xf_migrate(const struct xf_env *env)
{
	struct store *ostore = ref_lookup(env, 1, "store"), *nstore = ref_lookup(env, 0, "store");
	void **orecent = ref_lookup(env, 1, "recent"), **nrecent = ref_lookup(env, 0, "recent");
	struct o_config *oc = ref_lookup(env, 1, "config");
	struct n_config *nc = ref_lookup(env, 0, "config");
	struct o_session **osess = ref_lookup(env, 1, "sessions"), *o;
	struct n_session **link = ref_lookup(env, 0, "sessions");
	if (!ostore || !nstore || !orecent || !nrecent || !oc || !nc || !osess || !link)
		return 1;
	*nstore = *ostore;
	*nrecent = *orecent;
	nc->port = oc->port;
	nc->workers = oc->workers;
	nc->timeout_ms = 30000;
	for (o = *osess; o != NULL; o = o->next) {
		struct n_session *n = calloc(1, sizeof *n);
		if (n == NULL) {
			snprintf(ref_err, sizeof ref_err, "out of memory");
			return 1;
		}
		n->fd = o->fd;
		n->last_seen = -1;
		*link = n;
		link = &n->next;
	}
	*link = NULL;
	return 0;
}
