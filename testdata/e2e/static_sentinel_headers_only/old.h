/* A queue that ends at a sentinel node, a file static of old.c. xfgen
 * reads only this header, so it cannot know the sentinel: when the walk
 * from queue_head reaches it, xf_migrate must fail with a message that
 * says to give xfgen the .c file, rather than copy the sentinel to the
 * heap (version 2's loops, while (n != &sentinel), would never end). */
#ifndef OLD_H
#define OLD_H

struct qnode {
	int job;
	struct qnode *next;
};

extern struct qnode *queue_head;

#endif
