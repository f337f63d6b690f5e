#include "old.h"
#include "../check.h"
struct settings settings;
void test_setup(void)
{
	settings.id = 1;
	settings.mode = (enum mode)7;
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	check_int("old settings.id", settings.id, 1);
	check_int("old settings.mode", (int)settings.mode, 7);
	return check_done();
}
