#ifndef NEW_H
#define NEW_H

struct rec {
	long a;
	long b;
	long c[2];
};

extern struct rec g;
extern struct rec *heap[64];

#endif
