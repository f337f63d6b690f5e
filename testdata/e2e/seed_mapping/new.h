/* Version 2: only the non-zero counters, as a list of (key, val). */
#ifndef NEW_H
#define NEW_H

struct list {
	int key;
	int val;
	struct list *next;
};

extern int c_size;
extern struct list *mapping;

#endif
