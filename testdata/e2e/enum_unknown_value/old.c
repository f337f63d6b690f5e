#include "old.h"
struct settings settings;
void test_setup(void)
{
	settings.id = 1;
	settings.mode = (enum mode)7;
}
