/* The element type is now struct session, with a wider fd. */
#ifndef NEW_H
#define NEW_H
#include "xfgen/annotations.h"
struct box {
	void E_T(@t) *data;
	struct box E_G(@t) *next;
} E_GENERIC(@t);
struct session { long fd; };
extern struct box E_G(struct session) *conns;
#endif
