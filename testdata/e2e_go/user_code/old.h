/* Version 1: boxes of points, a scale and a total that depends on it. */
#ifndef OLD_H
#define OLD_H

struct point {
	int x;
	int y;
};

struct box {
	struct point lo, hi;
	int tag;
};

extern struct box boxes[2];
extern struct point *origin;
extern int scale;
extern long total;

#endif
