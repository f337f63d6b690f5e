#ifndef NEW_H
#define NEW_H

struct pt {
	long x;
	long y;
	long z;
};

extern int primary;
extern int secondary;
extern struct pt pts[2];

#endif
