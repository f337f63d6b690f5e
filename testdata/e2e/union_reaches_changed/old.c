#include <stdlib.h>
#include "old.h"
union slot slots[2];
void test_setup(void)
{
	slots[0].p = malloc(sizeof *slots[0].p);
	slots[0].p->id = 1;
	slots[1].n = 5;
}
