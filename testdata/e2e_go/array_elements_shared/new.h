#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct node {
	struct node *next;
	long id;
};

struct pool {
	int n;
	struct node *nodes E_PTRARRAY(n);
};

struct slot {
	struct slot *buddy;
	long fd;
};

extern struct pool pool;
extern struct node *cursor;
extern struct slot slots[4];
extern struct slot *active_slot;

#endif
