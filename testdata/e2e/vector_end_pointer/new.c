#include "new.h"
#include "../check.h"

struct vec vec;

int test_check(void)
{
	int i;
	check_int("vec.n", vec.n, 5);
	if (!check_nonnull("vec.items", vec.items) || vec.n != 5)
		return check_done();
	for (i = 0; i < 5; i++) {
		check_int(F("vec.items[%d].id", i), vec.items[i].id, i + 1);
		check_int(F("vec.items[%d].w", i), vec.items[i].w, 10 * (i + 1));
	}
	check_ptr("vec.cur (&vec.items[2] of the new block)", vec.cur, &vec.items[2]);
	check_ptr("vec.end (one past the new block)", vec.end, vec.items + 5);
	return check_done();
}
