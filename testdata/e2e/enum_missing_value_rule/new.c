#include "new.h"
#include "../check.h"
enum color paint = RED;
struct brush brushes[2];
int test_check(void)
{
	check_int("paint (PURPLE -> BLUE by the rule)", paint, BLUE);
	check_int("brushes[0].width", brushes[0].width, 1);
	check_int("brushes[0].color (GREEN)", brushes[0].color, GREEN);
	check_int("brushes[1].width", brushes[1].width, 2);
	check_int("brushes[1].color (PURPLE -> BLUE by the rule)", brushes[1].color, BLUE);
	return check_done();
}
