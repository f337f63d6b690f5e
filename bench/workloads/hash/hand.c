/* The hash table migrated by hand: a new bucket array, each chain
 * walked once, one calloc per entry, the keys kept (strings did not
 * change and nothing frees the old ones), no map. */
#include "../../../e2e/testdata/reference/common.h"

struct o_entry {
	char *key;
	int value;
	struct o_entry *next;
};
struct n_entry {
	char *key;
	long value;
	struct n_entry *next;
};
struct o_table {
	long nbuckets;
	struct o_entry **buckets;
	long count;
};
struct n_table {
	long nbuckets;
	struct n_entry **buckets;
	long count;
};

int xf_migrate(const struct xf_env *env)
{
	struct o_table *ot = ref_lookup(env, 1, "table");
	struct n_table *nt = ref_lookup(env, 0, "table");
	long b;
	if (!ot || !nt)
		return 1;
	nt->nbuckets = ot->nbuckets;
	nt->count = ot->count;
	nt->buckets = NULL;
	if (ot->buckets == NULL)
		return 0;
	if ((nt->buckets = calloc((size_t)ot->nbuckets, sizeof *nt->buckets)) == NULL)
		goto oom;
	for (b = 0; b < ot->nbuckets; b++) {
		struct n_entry **link = &nt->buckets[b];
		struct o_entry *o;
		for (o = ot->buckets[b]; o != NULL; o = o->next) {
			struct n_entry *n = calloc(1, sizeof *n);
			if (n == NULL)
				goto oom;
			n->key = o->key;
			n->value = o->value;
			*link = n;
			link = &n->next;
		}
	}
	return 0;
oom:
	snprintf(ref_err, sizeof ref_err, "out of memory");
	return 1;
}
