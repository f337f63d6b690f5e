#include "old.h"

int primary;
int secondary;
struct pt pts[2];

void test_setup(void)
{
	int i;
	primary = 1;
	secondary = 2;
	for (i = 0; i < 2; i++) {
		pts[i].x = 10 + i;
		pts[i].y = 20 + i;
		pts[i].z = 30 + i;
	}
}
