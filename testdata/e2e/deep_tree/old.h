/* Version 1: a binary tree whose left spine is very deep (1,000,000
 * nodes: a degenerate tree, as an unbalanced insert order makes), with
 * parent links through a nested struct and a pointer to a pointer. */
#ifndef OLD_H
#define OLD_H

struct tnode {
	int key;
	struct tnode *left, *right;
	struct {
		struct tnode *up;
		int depth;
	} link;
};

extern struct tnode *root;
extern struct tnode **deepest_slot; /* the parent's left field, heap copy */
extern long nnodes;

#endif
