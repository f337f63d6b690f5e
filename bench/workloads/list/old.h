/* Version 1: a singly linked list. */
#ifndef OLD_H
#define OLD_H

struct node {
	int val;
	struct node *next;
};

extern struct node *head;
extern long count;

#endif
