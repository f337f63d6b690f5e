/* The generic list read from the sources that use it (old/list.c). */
/* Version 1: one generic list type holds items in one list and tags in
 * another. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct item {
	int id;
	int qty;
};

struct tag {
	char text[8];
};

extern struct list E_G(struct item) *items;
extern struct list E_G(struct tag) *tags;
/* The address of the first tag, recorded by version 1. */
extern unsigned long tag0_addr;

#endif
