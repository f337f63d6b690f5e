#include <stdio.h>
#include <string.h>
#include "new.h"
#include "../check.h"

struct table table;
struct tag *tags;

enum { NBUCKETS = 61, NENTRIES = 5000 };

int test_check(void)
{
	long b, seen = 0;
	int i;
	check_int("table.nbuckets", table.nbuckets, NBUCKETS);
	check_int("table.count", table.count, NENTRIES);
	if (!check_nonnull("tags", tags) || !check_nonnull("table.buckets", table.buckets))
		return check_done();
	for (i = 0; i < 3; i++)
		check_int(F("tags[%d].weight", i), tags[i].weight, 10 * (i + 1));
	for (b = 0; b < NBUCKETS; b++) {
		struct entry *e;
		long k = b;
		for (e = table.buckets[b]; e != NULL; e = e->next, k += NBUCKETS) {
			char buf[32];
			seen++;
			snprintf(buf, sizeof buf, "key%ld", k);
			if (e->value != k || e->key == NULL || strcmp(e->key, buf) != 0 || e->tag != &tags[k % 3]) {
				check_int(F("bucket %ld entry %ld .value", b, k), e->value, k);
				check_ptr(F("bucket %ld entry %ld .tag (shared)", b, k), e->tag, &tags[k % 3]);
				check_int(F("bucket %ld entry %ld .key", b, k), e->key != NULL && strcmp(e->key, buf) == 0, 1);
			}
		}
		check_int(F("bucket %ld: entries", b), (k - b) / NBUCKETS, (NENTRIES - b + NBUCKETS - 1) / NBUCKETS);
	}
	check_int("entries", seen, NENTRIES);
	return check_done();
}
