/* A list that ends at a sentinel node which is a file static of
 * queue.c, as many C programs write their lists: the last node points
 * at &sentinel, and the sentinel at the first node. xfgen reads the
 * sources (expect: xfgen-old, xfgen-new), so it knows queue.c/sentinel;
 * the pointers to the old sentinel must reach the new version's own
 * sentinel, or version 2's loops (while (n != &sentinel)) never end. */
#ifndef OLD_H
#define OLD_H

struct qnode {
	int job;
	struct qnode *next;
};

void queue_init(void);

#endif
