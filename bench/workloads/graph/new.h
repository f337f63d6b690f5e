/* Version 2: every node gained a mark, computed from its label. */
#ifndef NEW_H
#define NEW_H

struct gnode {
	long label;
	struct gnode *edge[3];
	long mark;
};

extern struct gnode *root;
extern long count;

#endif
