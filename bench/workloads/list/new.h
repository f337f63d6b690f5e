/* Version 2: every node gained a weight, computed from its value. */
#ifndef NEW_H
#define NEW_H

struct node {
	int val;
	struct node *next;
	long weight;
};

extern struct node *head;
extern long count;

#endif
