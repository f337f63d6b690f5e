/* Objects inside arrays that are also reached through pointers: a pool
 * of nodes in one heap array (E_PTRARRAY) linked to each other, and a
 * global array of slots with pointers to its elements. Each element is
 * one old object: reached through the array and through a pointer, it
 * must stay one object in the new version ("shared objects stay
 * shared"), so the pointers must point into the new arrays. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct node {
	int id;
	struct node *next;
};

struct pool {
	int n;
	struct node *nodes E_PTRARRAY(n);
};

struct slot {
	int fd;
	struct slot *buddy;
};

extern struct pool pool;
extern struct node *cursor;      /* &pool.nodes[3] */
extern struct slot slots[4];
extern struct slot *active_slot; /* &slots[2] */

#endif
