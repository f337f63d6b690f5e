#include "old.h"

void test_setup(void)
{
	handlers_init();
	other_init();
}
