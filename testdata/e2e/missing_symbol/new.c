#include "new.h"
#include "../check.h"
/* struct stats stats; -- missing on purpose */
int version = 2;
int test_check(void)
{
	check_int("version", version, 1);
	return check_done();
}
