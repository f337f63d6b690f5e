/* Version 2: struct item reordered, price widened, a quantity added. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct item {
	double price;
	int id;
	int qty;
};

struct vec {
	int n;
	struct item *items E_PTRARRAY(n);
};

extern struct vec inventory;
extern struct vec *pvec;
extern struct vec empty_vec;
extern struct item *fixed4 E_PTRARRAY(4);

#endif
