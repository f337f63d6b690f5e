#ifndef NEW_H
#define NEW_H

struct node {
	long val;
	struct node *next;
};

extern struct node *head;
extern long count;

#endif
