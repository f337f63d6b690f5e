#include "new.h"
#include "../check.h"
struct settings settings;
int test_check(void)
{
	check_int("settings.id", settings.id, 1);
	return check_done();
}
