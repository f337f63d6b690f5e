/* Version 1: a slot table of pointers to items; some slots are empty,
 * some hold the same item twice. */
#ifndef OLD_H
#define OLD_H

struct item {
	int id;
	short weight;
};

extern struct item *slots[8];
extern struct item *favorite;
extern struct item *grid[2][3];

#endif
