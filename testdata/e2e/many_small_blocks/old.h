/* Many small blocks (E_PTRARRAY of two or three elements) packed in the
 * same pages by malloc, each holding a cursor into a different block
 * (an element, or one past its end). Every cursor must land in the new
 * copy of the right block, however many blocks share a page. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

#define NBLOCKS 3000

struct cell {
	short v;
};

struct block {
	int n;
	struct cell *cells E_PTRARRAY(n);
	struct cell *cur; /* into another block */
};

extern struct block blocks[NBLOCKS];

#endif
