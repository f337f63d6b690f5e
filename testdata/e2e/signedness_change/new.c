#include "new.h"
#include "../check.h"
struct account accounts[2];
int test_check(void)
{
	check_int("accounts[0].id", accounts[0].id, 0);
	return check_done();
}
