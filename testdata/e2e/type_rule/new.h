/* Version 2: points in units, as doubles. */
#ifndef NEW_H
#define NEW_H

struct point {
	double x;
	double y;
};

struct shape {
	int kind;
	struct point center;
	struct point *corner;
	struct point outline[3];
};

extern struct point origin;
extern struct point path[3];
extern struct point *cursor;
extern struct shape shapes[2];
extern struct shape *selected;

#endif
