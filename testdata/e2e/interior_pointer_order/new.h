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

struct holder {
	struct node *cur;
	struct limits *lim;
};

extern struct holder *aholder;
extern struct conf *zconf;
extern struct pool *zpool;

#endif
