#include "new.h"
#include "../check.h"
struct counter counters[2];
int test_check(void)
{
	check_int("counters[0].bytes_total", counters[0].bytes_total, 0);
	return check_done();
}
