/* Version 2: an item's qty is a long and comes first; the lists are
 * the same, and a rule on the generic list scales the length. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
	int len;
} E_GENERIC(@t);

struct item {
	long qty;
	int id;
};

extern struct list E_G(struct item) *items;
extern struct list *raws; /* of int */

#endif
