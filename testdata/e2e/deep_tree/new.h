/* Version 2: the key widened and fields reordered, so every node is
 * rebuilt; the migration must not recurse 1,000,000 deep. */
#ifndef NEW_H
#define NEW_H

struct tnode {
	struct {
		int depth;
		struct tnode *up;
	} link;
	struct tnode *right, *left;
	long key;
};

extern struct tnode *root;
extern struct tnode **deepest_slot;
extern long nnodes;

#endif
