#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct item {
	long w;
	long id;
};

struct vec {
	int n;
	struct item *items E_PTRARRAY(n);
	struct item *cur;
	struct item *end;
};

extern struct vec vec;

#endif
