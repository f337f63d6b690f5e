/* Version 1: a generic list with a length in each node; one list of
 * items bound with E_G, one of raw ints whose transformer the spec
 * gives at run time. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
	int len;
} E_GENERIC(@t);

struct item {
	int id;
	int qty;
};

extern struct list E_G(struct item) *items;
extern struct list *raws; /* of int */

#endif
