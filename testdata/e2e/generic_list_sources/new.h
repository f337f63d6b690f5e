/* The generic list read from the sources that use it (new/list.c). */
/* Version 2: struct item changed, struct tag did not; the list type is
 * the same. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct item {
	long qty;
	int id;
};

struct tag {
	char text[8];
};

extern struct list E_G(struct item) *items;
extern struct list E_G(struct tag) *tags;
/* The address of the first tag, recorded by version 1. */
extern unsigned long tag0_addr;

#endif
