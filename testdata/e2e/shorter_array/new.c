#include "new.h"
#include "../check.h"
struct pool pool;
int test_check(void)
{
	check_int("pool.slots[0]", pool.slots[0], 0);
	return check_done();
}
