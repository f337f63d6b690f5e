#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct item {
	long val;
	int key;
};

struct store {
	long n;
	struct item **index E_PTRARRAY(n);
	struct item *items E_PTRARRAY(n);
};

extern struct store store;

#endif
