#ifndef NEW_H
#define NEW_H

struct item {
	long id;
};

struct holder {
	struct item b;
	int tail;
	struct item a[2];
};

extern struct holder h;
extern struct holder *hp;
extern struct item *pb;
extern struct item *hpb;

#endif
