/* Members servers often have, in a struct that changes around them:
 * a two-dimensional array, a char array that grows, a typedef'd
 * function pointer, _Bool, long double, an anonymous union and an
 * array of function pointers. */
#ifndef OLD_H
#define OLD_H

typedef int (*handler_fn)(int);

struct slot {
	int grid[3][4];
	char name[8];
	handler_fn on_event;
	_Bool active;
	long double weight;
	union {
		int as_int;
		float as_float;
	};
	handler_fn hooks[2];
	short tag;
};

extern struct slot slots[2];
int twice(int x);
int negate(int x);

#endif
