#include "new.h"
#include "../check.h"
union slot slots[2];
int test_check(void)
{
	check_int("slots[1].n", slots[1].n, 5);
	return check_done();
}
