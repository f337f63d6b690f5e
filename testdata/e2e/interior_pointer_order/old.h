/* Interior pointers met before the object that contains them: a holder,
 * reached first, points into a heap config (at its lim member), into
 * a heap pool's node array, and at a member of an element of a block of
 * configs; the config, the pool and the block are reached only later,
 * through other globals. Whatever the order of the walk, each
 * old object must become exactly one new object, so the holder's
 * pointers must end up inside the new config and the new pool. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct limits {
	int soft;
	int hard;
};

struct conf {
	int port;
	struct limits lim;
};

struct node {
	int id;
};

struct pool {
	int n;
	struct node *nodes E_PTRARRAY(n);
};

struct confs {
	int n;
	struct conf *items E_PTRARRAY(n);
};

struct holder {
	struct limits *lim;  /* &zconf->lim */
	struct node *cur;    /* &zpool->nodes[2] */
	struct limits *deep; /* &zconfs->items[2].lim: a member of an element */
};

extern struct holder *aholder;
extern struct conf *zconf;
extern struct pool *zpool;
extern struct confs *zconfs;

#endif
