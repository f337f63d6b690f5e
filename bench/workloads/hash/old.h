/* Version 1: a chained hash table of string keys. */
#ifndef OLD_H
#define OLD_H

#include "../owned.h"

#include "xfgen/annotations.h"

struct entry {
	char *key E_SZ;
	int value;
	struct entry *next;
} OWNED;

struct table {
	long nbuckets;
	struct entry **buckets E_PTRARRAY(nbuckets);
	long count;
};

extern struct table table;

#endif
