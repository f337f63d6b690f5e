#include "new.h"
#include "../check.h"

struct job gj;
struct cell g_aux;
struct slot g_root[4];
long *g_state;

int test_check(void)
{
	int i;
	check_int("gj.peer", gj.peer, 7);
	check_int("gj.z", gj.z, 8);
	check_ptr("g_aux.p (&gj.peer)", g_aux.p, &gj.peer);
	check_int("g_aux.n", g_aux.n, 9);
	for (i = 0; i < 3; i++) {
		check_int(F("g_root[%d].port", i), g_root[i].port, 80 + i);
		check_int(F("g_root[%d].last", i), g_root[i].last, 1000 + i);
	}
	check_int("g_root[3].port", g_root[3].port, 0);
	check_ptr("g_state (&g_root[2].last)", g_state, &g_root[2].last);
	return check_done();
}
