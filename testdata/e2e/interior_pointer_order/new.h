#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct limits {
	long hard;
	long soft;
};

struct conf {
	struct limits lim;
	long port;
};

struct node {
	long id;
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
	struct node *cur;
	struct limits *lim;
	struct limits *deep;
};

extern struct holder *aholder;
extern struct conf *zconf;
extern struct pool *zpool;
extern struct confs *zconfs;

#endif
