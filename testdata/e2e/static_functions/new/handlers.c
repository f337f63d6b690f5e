#include "../new.h"

struct route routes[3];
handler_fn on_exit_a;

static int get(int x) { return x + 101; }
static int put(int x) { return x + 102; }
static int cleanup(int x) { return x + 103; }

handler_fn handlers_get(int which)
{
	switch (which) {
	case 0: return get;
	case 1: return put;
	}
	return cleanup;
}
