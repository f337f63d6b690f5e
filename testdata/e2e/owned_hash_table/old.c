#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "old.h"

struct table table;
struct tag *tags;

enum { NBUCKETS = 61, NENTRIES = 5000 };

void test_setup(void)
{
	int i;
	tags = calloc(3, sizeof *tags);
	table.buckets = calloc(NBUCKETS, sizeof *table.buckets);
	if (tags == NULL || table.buckets == NULL)
		abort();
	for (i = 0; i < 3; i++)
		tags[i].weight = 10 * (i + 1);
	table.nbuckets = NBUCKETS;
	for (i = 0; i < NENTRIES; i++) {
		struct entry *e = calloc(1, sizeof *e);
		char buf[32];
		if (e == NULL)
			abort();
		snprintf(buf, sizeof buf, "key%d", i);
		if ((e->key = malloc(strlen(buf) + 1)) == NULL)
			abort();
		strcpy(e->key, buf);
		e->value = i;
		e->tag = &tags[i % 3];
		/* bucket i % NBUCKETS, in order of insertion (appended) */
		{
			struct entry **p = &table.buckets[i % NBUCKETS];
			while (*p != NULL)
				p = &(*p)->next;
			*p = e;
		}
		table.count++;
	}
}
