/* Version 2: the value widened to long. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct entry {
	char *key E_SZ;
	long value;
	struct entry *next;
};

struct table {
	long nbuckets;
	struct entry **buckets E_PTRARRAY(nbuckets);
	long count;
};

extern struct table table;

#endif
