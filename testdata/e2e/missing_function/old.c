#include "old.h"
#include "../check.h"
int h_get(int x);
int h_legacy(int x);
int h_get(int x) { return x + 1; }
int h_legacy(int x) { return x - 1; }
struct route routes[2];
void test_setup(void)
{
	routes[0].code = 1;
	routes[0].fn = h_get;
	routes[1].code = 2;
	routes[1].fn = h_legacy;
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	check_int("old routes[0].code", routes[0].code, 1);
	check_ptr("old routes[0].fn", *(void **)&routes[0].fn, *(void **)&(handler_fn){ h_get });
	check_int("old routes[1].code", routes[1].code, 2);
	check_ptr("old routes[1].fn", *(void **)&routes[1].fn, *(void **)&(handler_fn){ h_legacy });
	return check_done();
}
