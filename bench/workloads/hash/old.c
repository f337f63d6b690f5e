#include <string.h>
#include "old.h"
#include "../bench.h"
#include "keys.h"

struct table table;

void test_setup(void)
{
	long i, n = bench_n();
	char buf[32];
	table.nbuckets = nbuckets_for(n);
	table.buckets = calloc((size_t)table.nbuckets, sizeof *table.buckets);
	if (table.buckets == NULL)
		abort();
	for (i = 0; i < n; i++) {
		struct entry *e = malloc(sizeof *e);
		unsigned long b;
		size_t len;
		key_of(buf, sizeof buf, i);
		len = strlen(buf) + 1;
		if (e == NULL || (e->key = malloc(len)) == NULL)
			abort();
		memcpy(e->key, buf, len);
		e->value = (int)scatter(~i);
		b = fnv(e->key) & (unsigned long)(table.nbuckets - 1);
		e->next = table.buckets[b];
		table.buckets[b] = e;
	}
	table.count = n;
}
