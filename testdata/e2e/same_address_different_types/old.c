#include <stdlib.h>
#include "old.h"

struct outer *po;
struct inner *pi;
struct outer *po2;

void test_setup(void)
{
	po = malloc(sizeof *po);
	po->first.v = 11;
	po->first.w = 22;
	po->x = 33;
	pi = &po->first;
	po2 = po;
}
