/* Version 1: a singly linked list. */
#ifndef OLD_H
#define OLD_H

#include "../owned.h"

struct node {
	int val;
	struct node *next;
} OWNED;

extern struct node *head;
extern long count;

#endif
