/* A tree whose nodes, but the root, are elements of one array that the
 * root also points to, after its children: the children are copied
 * alone and wait on the tree loop's stack when the array is recorded,
 * so the array's elements are the copies, and the loop must leave
 * those nodes to the array. The root's right child is one past the end
 * of the array (a cursor, not a node): filling a copy of it would read
 * past the array's block (the asan mode stops there). */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"
struct tnode {
	long key;
	struct tnode *left, *right;
	int npool;
	struct tnode *pool E_PTRARRAY(npool);
};
extern struct tnode *root;
#endif
