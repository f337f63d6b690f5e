/* Version 1: a list of 2,000,000 nodes. The migration is given 24 MiB
 * more address space than the two versions use (expect: memory-limit),
 * less than the new nodes need: it must report the failed allocation,
 * naming the variable, instead of crashing. */
#ifndef OLD_H
#define OLD_H

struct node {
	int val;
	struct node *next;
};

extern struct node *head;
extern long count;

#endif
