/* Version 2: generic lists declared without E_G, as Kitsune's
 * programs do; the spec gives the element transformers at the use,
 * $xform(struct list, struct list, ELEMENT). struct item's count
 * becomes a long. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct item {
	int id;
	long count;
};

extern struct list *items; /* of struct item */
extern struct list *raws;  /* of int */

#endif
