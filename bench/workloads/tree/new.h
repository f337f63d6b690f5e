/* Version 2: the key widened to long. */
#ifndef NEW_H
#define NEW_H

struct tnode {
	long key;
	struct tnode *left, *right;
};

extern struct tnode *root;
extern long count;

#endif
