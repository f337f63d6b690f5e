/* Version 2: the value widened and moved after the link, so every node
 * is rebuilt. The migration must not recurse along the list. */
#ifndef NEW_H
#define NEW_H

struct node {
	struct node *next;
	long val;
};

extern struct node *head;
extern struct node *tail;
extern long count;

#endif
