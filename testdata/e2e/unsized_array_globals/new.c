#include "new.h"
#include "../check.h"

int table[4];
struct slot slots[3];

int test_check(void)
{
	int i;
	for (i = 0; i < 4; i++)
		check_int(F("table[%d]", i), table[i], 10 + i);
	for (i = 0; i < 3; i++)
		check_int(F("slots[%d].id", i), slots[i].id, 20 + i);
	return check_done();
}
