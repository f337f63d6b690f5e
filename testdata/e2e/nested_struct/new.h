/* Version 2: struct inner reordered, widened, with a computed field; so
 * struct outer changes size and layout too. */
#ifndef NEW_H
#define NEW_H

struct inner {
	int b;
	long a;
	int sum;
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
