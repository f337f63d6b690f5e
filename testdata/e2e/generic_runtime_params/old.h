/* Version 1: generic lists declared without E_G, as Kitsune's
 * programs do; the spec gives the element transformers at the use,
 * $xform(struct list, struct list, ELEMENT). struct item's count
 * is an int. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct item {
	int id;
	int count;
};

extern struct list *items; /* of struct item */
extern struct list *raws;  /* of int */

#endif
