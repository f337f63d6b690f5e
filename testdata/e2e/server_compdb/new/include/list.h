/* A generic list in the Kitsune idiom: the element type is a parameter
 * of the list, given where a list is declared. */
#pragma once

#include <stddef.h>
#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct list *list_push(struct list *l, void *data);
size_t list_len(const struct list *l);
