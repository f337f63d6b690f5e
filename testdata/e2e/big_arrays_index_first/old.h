/* big_arrays with the index first: the 2,000,000 pointers into the item
 * block come before the block itself in struct store, so a walk in
 * field order meets every element alone before the block that holds
 * it. Every pointer must still land in the one new block, in time
 * linear in the number of objects. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct item {
	int key;
	int val;
};

struct store {
	long n;
	struct item **index E_PTRARRAY(n);
	struct item *items E_PTRARRAY(n);
};

extern struct store store;

#endif
