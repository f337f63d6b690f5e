#include "new.h"
#include "../check.h"

int primary;
int secondary;
struct pt pts[2];

int test_check(void)
{
	int i;
	check_int("primary (was secondary)", primary, 2);
	check_int("secondary (was primary)", secondary, 1);
	for (i = 0; i < 2; i++) {
		check_int(F("pts[%d].x (was y)", i), pts[i].x, 20 + i);
		check_int(F("pts[%d].y (was x)", i), pts[i].y, 10 + i);
		check_int(F("pts[%d].z", i), pts[i].z, 30 + i);
	}
	return check_done();
}
