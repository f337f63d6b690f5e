/* Version 2: id widened, room for a fourth child (zero-filled). */
#ifndef NEW_H
#define NEW_H

struct dag {
	long id;
	struct dag *kids[4];
	int nkids;
};

extern struct dag *root;
extern struct dag *also_c;
extern struct dag *lattice;

#endif
