/* Version 2: points in tenths and widened, a box's tag narrowed to a
 * char and its area kept, the total in scaled units, and a version. */
#ifndef NEW_H
#define NEW_H

struct point {
	long x;
	long y;
};

struct box {
	struct point lo, hi;
	long area;
	char tag;
	long kind;
	void *cookie;
};

extern struct box boxes[2];
extern struct point *origin;
extern int scale;
extern long total;
extern int version;

#endif
