#include "old.h"
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
