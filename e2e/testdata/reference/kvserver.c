/* Reference migration for testdata/kvserver. */
#include "common.h"

typedef int (*cmd_fn)(const char *, const char *);

struct o_entry {
	char *key, *val;
	unsigned int hash;
	struct o_entry *next;
};
struct n_entry {
	char *key, *val;
	unsigned long vlen;
	unsigned int hash;
	struct n_entry *next;
};
struct o_table {
	int nbuckets, count;
	struct o_entry **buckets;
};
struct n_table {
	int nbuckets, count;
	struct n_entry **buckets;
};
struct o_config {
	int port, max_conns, idle_timeout;
	char *data_dir;
};
struct n_config {
	int port, max_clients;
	long idle_timeout_ms;
	char *data_dir;
};
struct o_conn {
	int fd;
	int state;
	int reqs;
	long last_active;
	struct o_entry *last_touched;
	struct o_conn *next;
};
struct n_conn {
	int fd;
	int state;
	long reqs, bytes_in, last_active;
	struct n_entry *last_touched;
	struct n_conn *next;
};
struct o_stats {
	int gets, sets, hits, misses;
};
struct n_stats {
	long gets, sets, hits, misses, evictions;
};
struct o_command {
	char *name;
	cmd_fn run;
	int min_args;
};
struct n_command {
	char *name;
	cmd_fn run;
	int min_args, writes;
};

static char *dupstr(const char *s) { return s ? strdup(s) : NULL; }

static struct n_entry *entry(struct o_entry *o)
{
	struct n_entry *n;
	if (o == NULL)
		return NULL;
	if ((n = ref_get(o)) != NULL)
		return n;
	n = calloc(1, sizeof *n);
	ref_put(o, n);
	n->key = dupstr(o->key);
	n->val = dupstr(o->val);
	n->vlen = o->val ? strlen(o->val) : 0;
	n->hash = o->hash;
	return n;
}

/* By name: old ACCEPTED 0 READING 1 WRITING 2 CLOSING 3;
 * new CLOSING 0 ACCEPTED 1 TLS_HANDSHAKE 2 READING 3 WRITING 4. */
static int state(int s) { return s == 0 ? 1 : s == 1 ? 3 : s == 2 ? 4 : 0; }

static cmd_fn remap(const struct xf_env *env, cmd_fn f)
{
	void *p = ref_remap(env, *(void **)&f, "commands[].run");
	return *(cmd_fn *)&p;
}

int xf_migrate(const struct xf_env *env)
{
	struct o_table *ostore = ref_lookup(env, 1, "store");
	struct n_table *nstore = ref_lookup(env, 0, "store");
	struct o_config *ocfg = ref_lookup(env, 1, "cfg");
	struct n_config *ncfg = ref_lookup(env, 0, "cfg");
	struct o_conn **oconns = ref_lookup(env, 1, "conns");
	struct n_conn **nconns = ref_lookup(env, 0, "conns");
	int *onc = ref_lookup(env, 1, "nconns"), *nnc = ref_lookup(env, 0, "nconns");
	struct o_stats *ostats = ref_lookup(env, 1, "stats");
	struct n_stats *nstats = ref_lookup(env, 0, "stats");
	struct o_command *ocmd = ref_lookup(env, 1, "commands");
	struct n_command *ncmd = ref_lookup(env, 0, "commands");
	unsigned *oseed = ref_lookup(env, 1, "hash_seed"), *nseed = ref_lookup(env, 0, "hash_seed");
	long *onow = ref_lookup(env, 1, "now"), *nnow = ref_lookup(env, 0, "now");
	long *uptime = ref_lookup(env, 0, "uptime_base");
	struct o_conn *oc;
	struct n_conn **link;
	int b, i;

	if (!ostore || !nstore || !ocfg || !ncfg || !oconns || !nconns || !onc || !nnc || !ostats || !nstats ||
	    !ocmd || !ncmd || !oseed || !nseed || !onow || !nnow || !uptime)
		return 1;

	nstore->nbuckets = ostore->nbuckets;
	nstore->count = ostore->count;
	nstore->buckets = calloc((size_t)ostore->nbuckets, sizeof *nstore->buckets);
	for (b = 0; b < ostore->nbuckets; b++) {
		struct o_entry *o;
		struct n_entry **el = &nstore->buckets[b];
		for (o = ostore->buckets[b]; o; o = o->next) {
			*el = entry(o);
			el = &(*el)->next;
		}
	}

	ncfg->port = ocfg->port;
	ncfg->max_clients = ocfg->max_conns;
	ncfg->idle_timeout_ms = ocfg->idle_timeout * 1000L;
	ncfg->data_dir = dupstr(ocfg->data_dir);

	link = nconns;
	for (oc = *oconns; oc; oc = oc->next) {
		struct n_conn *n = calloc(1, sizeof *n);
		n->fd = oc->fd;
		n->state = state(oc->state);
		n->reqs = oc->reqs;
		n->last_active = oc->last_active;
		n->last_touched = entry(oc->last_touched);
		*link = n;
		link = &n->next;
	}
	*nnc = *onc;

	nstats->gets = ostats->gets;
	nstats->sets = ostats->sets;
	nstats->hits = ostats->hits;
	nstats->misses = ostats->misses;
	nstats->evictions = 0;

	for (i = 0; i < 4; i++) {
		ncmd[i].name = dupstr(ocmd[i].name);
		ncmd[i].run = remap(env, ocmd[i].run);
		ncmd[i].min_args = ocmd[i].min_args;
		ncmd[i].writes = strcmp(ocmd[i].name, "set") == 0 || strcmp(ocmd[i].name, "del") == 0;
	}
	*nseed = *oseed;
	*nnow = *onow;
	*uptime = *onow;
	return 0;
}
