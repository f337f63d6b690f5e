#include "new.h"
#include "../check.h"
int h_get(int x);
int h_get(int x) { return x + 101; }
struct route routes[2];
int test_check(void)
{
	check_int("routes[0].code", routes[0].code, 1);
	return check_done();
}
