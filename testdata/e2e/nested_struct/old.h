/* Version 1: structs nested by value, in fields and in arrays. */
#ifndef OLD_H
#define OLD_H

struct inner {
	short a;
	int b;
};

struct outer {
	int tag;
	struct inner in;
	struct inner arr[3];
	struct inner *pin;
};

extern struct outer o1;
extern struct outer outers[2];
extern struct outer *po;
extern struct inner grid[2][3];

#endif
