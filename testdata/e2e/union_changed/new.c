#include "new.h"
#include "../check.h"
union payload last_payload;
int test_check(void)
{
	check_int("last_payload.l", last_payload.l, 3);
	return check_done();
}
