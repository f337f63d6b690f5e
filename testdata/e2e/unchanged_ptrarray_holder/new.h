/* Nothing changes. A global struct item makes pointers to items follow
 * their objects (next), so a heap item, which holds a counted array, is
 * copied; a long * into a member of its member must follow it, and the
 * counted array's one-past-the-end pointer must stay one past the
 * array. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"
struct rec { long v; };
struct pair { long a; long b; };
struct item {
	int n;
	struct rec *items E_PTRARRAY(n);
	struct rec *items_end;
	struct pair pr;
	struct item *next;
};
extern struct item first;
extern struct item *h;
extern long *wp;
#endif
