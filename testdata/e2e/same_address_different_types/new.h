#ifndef NEW_H
#define NEW_H

struct inner {
	long v;
	int w;
};

struct outer {
	long x;
	struct inner first;
};

extern struct outer *po;
extern struct inner *pi;
extern struct outer *po2;

#endif
