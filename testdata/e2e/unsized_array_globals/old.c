#include "old.h"

int table[4];
struct slot slots[3];

void test_setup(void)
{
	int i;
	for (i = 0; i < 4; i++)
		table[i] = 10 + i;
	for (i = 0; i < 3; i++)
		slots[i].id = 20 + i;
}
