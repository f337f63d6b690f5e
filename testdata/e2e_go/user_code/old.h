/* Version 1: boxes of points, a scale and a total that depends on it. */
#ifndef OLD_H
#define OLD_H

struct point {
	int x;
	int y;
};

enum kind { K_PLAIN, K_FANCY = 7 };

struct box {
	struct point lo, hi;
	int tag;
	int unused;      /* dropped */
	enum kind kind;  /* becomes a long */
	void *cookie;    /* copied */
};

extern struct box boxes[2];
extern struct point *origin;
extern int scale;
extern long total;

#endif
