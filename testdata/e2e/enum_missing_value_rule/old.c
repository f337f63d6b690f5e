#include "old.h"
enum color paint;
struct brush brushes[2];
void test_setup(void)
{
	paint = PURPLE;
	brushes[0].width = 1;
	brushes[0].color = GREEN;
	brushes[1].width = 2;
	brushes[1].color = PURPLE;
}
