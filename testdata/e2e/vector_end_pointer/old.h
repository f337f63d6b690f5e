/* A vector kept as a block and three pointers into it: the count says
 * how big the block is (E_PTRARRAY), cur points at an element and end
 * one past the last element: valid C that points at no element. The
 * element type changes, so the block is rebuilt; cur must point at the
 * same element of the new block and end one past its last element,
 * and nothing may read the old block past its end. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct item {
	int id;
	int w;
};

struct vec {
	int n;
	struct item *items E_PTRARRAY(n);
	struct item *cur;
	struct item *end;
};

extern struct vec vec;

#endif
