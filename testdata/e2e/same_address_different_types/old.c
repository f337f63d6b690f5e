#include <stdlib.h>
#include "old.h"
#include "../check.h"

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

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	check_ptr("old pi", pi, &po->first);
	check_ptr("old po2", po2, po);
	check_int("old po->first.v", po->first.v, 11);
	check_int("old po->first.w", po->first.w, 22);
	check_int("old po->x", po->x, 33);
	return check_done();
}
