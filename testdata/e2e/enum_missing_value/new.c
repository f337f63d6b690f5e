#include "new.h"
#include "../check.h"
enum color paint;
struct brush brushes[2];
int test_check(void)
{
	check_int("paint", paint, BLUE);
	return check_done();
}
