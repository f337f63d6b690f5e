/* One generic list type, instantiated twice and nested: a list of
 * buckets, each holding a list of items. Both instantiations change
 * (struct bucket and struct item both do), and each list node must be
 * migrated with its own binding of @t. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct item {
	int id;
	short qty;
};

struct bucket {
	int no;
	struct list E_G(struct item) *items;
};

extern struct list E_G(struct bucket) *buckets;

#endif
