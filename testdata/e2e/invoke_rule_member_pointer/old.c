#include "old.h"

struct job gj;
struct cell g_aux;
struct slot g_root[3];
long *g_state;

void test_setup(void)
{
	int i;
	gj.peer = 7;
	gj.z = 8;
	g_aux.p = &gj.peer;
	g_aux.n = 9;
	for (i = 0; i < 3; i++) {
		g_root[i].port = 80 + i;
		g_root[i].last = 1000 + i;
	}
	g_state = &g_root[2].last;
}
