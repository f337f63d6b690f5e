/* Version 2: the same handlers (new code), struct route reordered and
 * widened. */
#ifndef NEW_H
#define NEW_H

typedef int (*handler_fn)(int);

int h_get(int x);
int h_put(int x);
int h_del(int x);

struct route {
	handler_fn fn;
	long code;
};

extern struct route routes[4];
extern handler_fn fallback;
extern struct route *dyn_route;
extern handler_fn *slot; /* &routes[1].fn: must point into the new routes */

#endif
