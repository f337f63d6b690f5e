/* Version 2: struct item reordered and widened. */
#ifndef NEW_H
#define NEW_H

struct item {
	int weight;
	long id;
};

extern struct item *slots[8];
extern struct item *favorite;
extern struct item *grid[2][3];

#endif
