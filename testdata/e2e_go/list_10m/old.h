/* Version 1: a long singly linked list and a pointer to its last node. */
#ifndef OLD_H
#define OLD_H

struct node {
	int val;
	struct node *next;
};

extern struct node *head;
extern struct node *tail;
extern long count;

#endif
