#include "new.h"
#include "../check.h"
struct rec recs[2];
int test_check(void)
{
	check_int("recs[1].twice", recs[1].twice, 4);
	return check_done();
}
