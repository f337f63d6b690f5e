/* Big arrays: 2,000,000 items in one E_PTRARRAY block, and an index of
 * 2,000,000 pointers into that block (in reverse order). Every pointer
 * must land on the matching element of the new block, without a
 * quadratic search and without recursion. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct item {
	int key;
	int val;
};

struct store {
	long n;
	struct item *items E_PTRARRAY(n);
	struct item **index E_PTRARRAY(n);
};

extern struct store store;

#endif
