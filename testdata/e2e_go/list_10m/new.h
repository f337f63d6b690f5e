/* Version 2: the value widened and a weight added (a Go INIT rule), so
 * every node is rebuilt. The migration must not recurse along the list. */
#ifndef NEW_H
#define NEW_H

struct node {
	long val;
	struct node *next;
	long weight;
};

extern struct node *head;
extern struct node *tail;
extern long count;

#endif
