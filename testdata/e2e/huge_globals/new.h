#ifndef NEW_H
#define NEW_H

#define NTABLE 1000000
#define NCACHE 1048576

struct entry {
	long val;
	int key;
};

struct cache {
	int n;
	struct entry slots[NCACHE];
	long generation;
};

extern struct entry table[NTABLE];
extern struct cache cache;

#endif
