/* Globals bigger than the stack: a 1,000,000-element array of changed
 * structs (8 MB) and a struct holding 1,048,576 of them by value (8 MB),
 * migrated on an 8 MiB stack: no temporary copy of a whole global, a
 * whole struct or a whole array may go on the stack. A type rule on
 * struct cache (with $in and $out) and XF_INVOKE of the generated
 * transformer make it harder still. */
#ifndef OLD_H
#define OLD_H

#define NTABLE 1000000
#define NCACHE 1048576

struct entry {
	int key;
	int val;
};

struct cache {
	int n;
	struct entry slots[NCACHE];
};

extern struct entry table[NTABLE];
extern struct cache cache;

#endif
