#include "old.h"

struct flags settings[3];

void test_setup(void)
{
	int i;
	for (i = 0; i < 3; i++) {
		settings[i].mode = (unsigned)(5 + i) & 7;
		settings[i].level = (unsigned)(9 + i);
		settings[i].owner = (unsigned)(100 + i);
		settings[i].id = -1000 * (i + 1);
	}
}
