/* Version 2: the node reordered and its value widened, so every node of
 * every ring must be walked and rebuilt. */
#ifndef NEW_H
#define NEW_H

struct dnode {
	struct dnode *next;
	long val;
	struct dnode *prev;
};

extern struct dnode *ring;
extern struct dnode *cursor;
extern struct dnode *loner;
extern int ring_len;

#endif
