#include "new.h"
#include "../check.h"

struct item *it;
long *p;
struct buf *bp;
long *end;

int test_check(void)
{
	int i;
	if (!check_nonnull("it", it))
		return check_done();
	for (i = 0; i < 3; i++) {
		check_int(F("it->b[%d].prev", i), it->b[i].prev, 10 + i);
		check_int(F("it->b[%d].q", i), it->b[i].q, 20 + i);
	}
	check_int("it->y", it->y, 5);
	check_ptr("p (&it->b[1].prev of the new item)", p, &it->b[1].prev);
	check_ptr("bp (&it->b[1] of the new item)", bp, &it->b[1]);
	check_ptr("end (&it->b[2].q of the new item)", end, &it->b[2].q);
	return check_done();
}
