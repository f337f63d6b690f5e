#include "new.h"
#include "../check.h"

struct outer *po;
struct inner *pi;
struct outer *po2;

int test_check(void)
{
	if (check_nonnull("po", po)) {
		check_int("po->first.v", po->first.v, 11);
		check_int("po->first.w", po->first.w, 22);
		check_int("po->x", po->x, 33);
	}
	check_ptr("po2 (the same outer as po)", po2, po);
	if (check_nonnull("pi", pi)) {
		check_int("pi->v (a struct inner, not the outer at the same old address)", pi->v, 11);
		check_int("pi->w", pi->w, 22);
	}
	return check_done();
}
