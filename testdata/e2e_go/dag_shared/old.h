/* Version 1: a dependency graph. Nodes are shared by several parents,
 * and a lattice of 40 levels has 2^40 paths through 80 nodes. */
#ifndef OLD_H
#define OLD_H

struct dag {
	int id;
	int nkids;
	struct dag *kids[3];
};

extern struct dag *root;
extern struct dag *also_c;
extern struct dag *lattice;

#endif
