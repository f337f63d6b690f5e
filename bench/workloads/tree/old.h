/* Version 1: a binary tree, node i's children are nodes 2i and 2i+1. */
#ifndef OLD_H
#define OLD_H

#include "../owned.h"

struct tnode {
	int key;
	struct tnode *left, *right;
} OWNED;

extern struct tnode *root;
extern long count;

#endif
