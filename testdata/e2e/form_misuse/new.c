#include "new.h"
#include "../check.h"
int counter;
int started_at;
int test_check(void)
{
	check_int("counter", counter, 1);
	return check_done();
}
