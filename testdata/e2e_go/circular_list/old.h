/* Version 1: a ring of timers, a cursor into it, and a one-node ring. */
#ifndef OLD_H
#define OLD_H

struct dnode {
	int val;
	struct dnode *prev, *next;
};

extern struct dnode *ring;
extern struct dnode *cursor;
extern struct dnode *loner;
extern int ring_len;

#endif
