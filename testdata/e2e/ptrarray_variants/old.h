/* E_PTRARRAY in its less obvious forms: the count after the pointer, a
 * count field that version 2 widens and one that it renames, E_ARRAY
 * (Kitsune's spelling) with a macro constant, an empty array that is
 * not NULL, and arrays of pointers. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

#define NSLOTS 3

struct item {
	int id;
	short w;
};

struct after {
	struct item *items E_PTRARRAY(count); /* count comes after */
	int count;
};

struct widened {
	short n;
	struct item *items E_PTRARRAY(n);
};

struct renamed {
	int len;
	struct item *items E_PTRARRAY(len);
};

struct ptrs {
	unsigned long n;
	struct item **refs E_PTRARRAY(n); /* n pointers, some NULL, some shared */
};

extern struct after after;
extern struct widened widened;
extern struct renamed renamed;
extern struct ptrs ptrs;
extern struct item *fixed E_ARRAY(NSLOTS);
extern struct after empty;

#endif
