/* Function pointers to functions of neither version: the C library's
 * strcmp, free and qsort's comparator style. Both versions use the same
 * libc, so they must come out pointing at the very same functions. */
#ifndef OLD_H
#define OLD_H

#include <stddef.h>

typedef int (*cmp_fn)(const char *, const char *);
typedef void (*release_fn)(void *);

struct sorter {
	int dir;
	cmp_fn cmp;
	release_fn release;
};

extern struct sorter sorters[2];
extern cmp_fn default_cmp;
extern size_t (*len_fn)(const char *);

#endif
