#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

#define NSLOTS 3

struct item {
	long w;
	int id;
};

struct after {
	struct item *items E_PTRARRAY(count);
	int count;
};

struct widened {
	long n;
	struct item *items E_PTRARRAY(n);
};

struct renamed {
	int size;
	struct item *items E_PTRARRAY(size);
};

struct ptrs {
	unsigned long n;
	struct item **refs E_PTRARRAY(n);
};

extern struct after after;
extern struct widened widened;
extern struct renamed renamed;
extern struct ptrs ptrs;
extern struct item *fixed E_ARRAY(NSLOTS);
extern struct after empty;

#endif
