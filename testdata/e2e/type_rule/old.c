#include <stdlib.h>
#include "old.h"

struct point origin;
struct point path[3];
struct point *cursor;
struct shape shapes[2];
struct shape *selected;

static struct point pt(int x, int y)
{
	struct point p;
	p.x = x;
	p.y = y;
	return p;
}

void test_setup(void)
{
	int i, j;
	origin = pt(5, -5);
	for (i = 0; i < 3; i++)
		path[i] = pt(10 * i + 5, -15 * i);
	cursor = malloc(sizeof *cursor);
	*cursor = pt(125, 35);
	for (i = 0; i < 2; i++) {
		shapes[i].kind = i + 1;
		shapes[i].center = pt(100 * i, 55);
		shapes[i].corner = i == 0 ? cursor : NULL;
		for (j = 0; j < 3; j++)
			shapes[i].outline[j] = pt(i * 10 + j * 5, -j * 5);
	}
	selected = malloc(sizeof *selected);
	*selected = shapes[0];
	selected->kind = 7;
}
