#ifndef NEW_H
#define NEW_H

typedef int (*handler_fn)(int);

struct slot {
	short tag;
	long double weight;
	_Bool active;
	char name[16];
	int grid[3][4];
	union {
		int as_int;
		float as_float;
	};
	handler_fn hooks[2];
	handler_fn on_event;
};

extern struct slot slots[2];
int twice(int x);
int negate(int x);

#endif
