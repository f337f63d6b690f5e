/* Version 1: a request router: a table of routes with handlers, a
 * fallback handler, and a heap route. */
#ifndef OLD_H
#define OLD_H

typedef int (*handler_fn)(int);

int h_get(int x);
int h_put(int x);
int h_del(int x);

struct route {
	int code;
	handler_fn fn;
};

extern struct route routes[4];
extern handler_fn fallback;
extern struct route *dyn_route;
extern handler_fn *slot; /* &routes[1].fn: must point into the new routes */

#endif
