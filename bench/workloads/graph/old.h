/* Version 1: a graph of nodes with three edges each; every node is the
 * target of about three edges. */
#ifndef OLD_H
#define OLD_H

struct gnode {
	long label;
	struct gnode *edge[3];
};

extern struct gnode *root;
extern long count;

#endif
