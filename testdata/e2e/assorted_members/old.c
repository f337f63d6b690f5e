#include <string.h>
#include "old.h"

struct slot slots[2];
int twice(int x) { return 2 * x; }
int negate(int x) { return -x; }

void test_setup(void)
{
	int s, i, j;
	for (s = 0; s < 2; s++) {
		for (i = 0; i < 3; i++)
			for (j = 0; j < 4; j++)
				slots[s].grid[i][j] = 100 * s + 10 * i + j;
		strcpy(slots[s].name, s ? "beta" : "alpha");
		slots[s].on_event = s ? negate : twice;
		slots[s].active = s == 1;
		slots[s].weight = 1.5L + s;
		slots[s].as_float = 0.25f * (float)(s + 1);
		slots[s].hooks[0] = twice;
		slots[s].hooks[1] = s ? NULL : negate;
		slots[s].tag = (short)(-7 - s);
	}
}
