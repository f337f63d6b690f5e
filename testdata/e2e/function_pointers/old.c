#include <stdlib.h>
#include "old.h"

int h_get(int x) { return x + 1; }
int h_put(int x) { return x + 2; }
int h_del(int x) { return x + 3; }

struct route routes[4];
handler_fn fallback;
struct route *dyn_route;
handler_fn *slot;

void test_setup(void)
{
	routes[0].code = 1;
	routes[0].fn = h_get;
	routes[1].code = 2;
	routes[1].fn = h_put;
	routes[2].code = 3;
	routes[2].fn = NULL;
	routes[3].code = 4;
	routes[3].fn = h_get;
	fallback = h_del;
	slot = &routes[1].fn;
	dyn_route = malloc(sizeof *dyn_route);
	dyn_route->code = 9;
	dyn_route->fn = h_del;
}
