#include <string.h>
#include "new.h"
#include "../bench.h"
#include "keys.h"

struct table table;

/* Every entry is found under its key, in the bucket of its hash, with
 * its value, and no bucket holds more than it should. */
int test_check(void)
{
	long i, n = bench_n(), seen = 0;
	char buf[32];
	CHECK(table.count, n, "table.count");
	if (!CHECK(table.nbuckets, nbuckets_for(n), "table.nbuckets") || table.buckets == NULL)
		return check_done() + 1;
	for (i = 0; i < n; i++) {
		struct entry *e;
		key_of(buf, sizeof buf, i);
		for (e = table.buckets[fnv(buf) & (unsigned long)(table.nbuckets - 1)]; e != NULL; e = e->next)
			if (strcmp(e->key, buf) == 0)
				break;
		if (!CHECK(e != NULL, 1, "entry %s is in its bucket", buf))
			continue;
		CHECK(e->value, (long)(int)scatter(~i), "entry %s .value", buf);
	}
	for (i = 0; i < table.nbuckets; i++) {
		struct entry *e;
		for (e = table.buckets[i]; e != NULL && seen <= n; e = e->next)
			seen++;
	}
	CHECK(seen, n, "entries in all the buckets");
	return check_done();
}
