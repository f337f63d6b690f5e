#include "new.h"
#include "../check.h"
int requests;
int connected_count;
int test_check(void)
{
	check_int("requests", requests, 12);
	return check_done();
}
