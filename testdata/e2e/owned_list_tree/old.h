/* Version 1: a tree and lists whose types are declared E_OWNED (each
 * node reached by one pointer, none into it), pointing at objects that
 * are shared (a configuration every node points to), which must stay
 * shared. The long list is walked in one loop: constant stack. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"

struct conf {
	int level;
};

struct item {
	int v;
	struct item *next;
} E_OWNED;

struct tnode {
	int key;
	struct tnode *left, *right;
	struct item *items; /* a short list of its own */
	struct conf *conf;  /* shared by every node */
} E_OWNED;

extern struct tnode *root;
extern struct item *long_list;
extern struct conf *the_conf;

#endif
