/* Version 1: a drawing: points in integer tenths of a unit. */
#ifndef OLD_H
#define OLD_H

struct point {
	int x;
	int y;
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
