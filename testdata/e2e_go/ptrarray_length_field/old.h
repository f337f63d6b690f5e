/* Version 1: an inventory: vectors of items whose length is a sibling
 * field, and a pointer to a fixed number of items. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct item {
	int id;
	float price;
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
