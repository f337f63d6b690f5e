/* Version 1: a long singly linked list (10,000,000 nodes by default;
 * XF_E2E_LIST_N says otherwise) and a pointer to its last node. */
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
