/* A chained hash table whose entries are declared E_OWNED: each bucket's
 * chain is filled as the bucket array is walked, with no address map;
 * the tags the entries point to are shared and stay shared. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"

struct tag {
	int weight;
};

struct entry {
	char *key E_SZ;
	int value;
	struct tag *tag;
	struct entry *next;
} E_OWNED;

struct table {
	long nbuckets;
	struct entry **buckets E_PTRARRAY(nbuckets);
	long count;
};

extern struct table table;
extern struct tag *tags E_PTRARRAY(3); /* the three tags */

#endif
