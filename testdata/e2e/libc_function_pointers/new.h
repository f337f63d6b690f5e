#ifndef NEW_H
#define NEW_H

#include <stddef.h>

typedef int (*cmp_fn)(const char *, const char *);
typedef void (*release_fn)(void *);

struct sorter {
	cmp_fn cmp;
	release_fn release;
	long dir;
};

extern struct sorter sorters[2];
extern cmp_fn default_cmp;
extern size_t (*len_fn)(const char *);

#endif
