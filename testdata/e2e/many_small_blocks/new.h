#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

#define NBLOCKS 3000

struct cell {
	long v;
};

struct block {
	int n;
	struct cell *cells E_PTRARRAY(n);
	struct cell *cur;
};

extern struct block blocks[NBLOCKS];

#endif
