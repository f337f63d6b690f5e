#include "old.h"
struct stats stats;
int version;
void test_setup(void)
{
	stats.hits = 5;
	version = 1;
}
