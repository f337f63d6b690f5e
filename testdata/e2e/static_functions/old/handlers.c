#include "../old.h"

struct route routes[3];
handler_fn on_exit_a;

static int get(int x) { return x + 1; }
static int put(int x) { return x + 2; }
static int cleanup(int x) { return x + 3; }

void handlers_init(void)
{
	routes[0].code = 1;
	routes[0].fn = get;
	routes[1].code = 2;
	routes[1].fn = put;
	routes[2].code = 3;
	routes[2].fn = get;
	on_exit_a = cleanup;
}
