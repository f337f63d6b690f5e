/* A generic list whose element type is renamed (and changed): the new
 * declaration's E_G names the new type, the spec maps the two. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"
struct box {
	void E_T(@t) *data;
	struct box E_G(@t) *next;
} E_GENERIC(@t);
struct conn { int fd; };
extern struct box E_G(struct conn) *conns;
#endif
