#include <stdlib.h>
#include "old.h"

struct item *slots[8];
struct item *favorite;
struct item *grid[2][3];

static struct item *item(int id, short w)
{
	struct item *it = malloc(sizeof *it);
	it->id = id;
	it->weight = w;
	return it;
}

void test_setup(void)
{
	struct item *a = item(1, -5), *b = item(2, 300), *c = item(3, 32767), *d = item(4, 0);
	slots[0] = a;
	slots[1] = NULL;
	slots[2] = b;
	slots[3] = a;
	slots[4] = NULL;
	slots[5] = c;
	slots[6] = b;
	slots[7] = NULL;
	favorite = c;
	grid[0][0] = d;
	grid[0][1] = NULL;
	grid[0][2] = a;
	grid[1][0] = d;
	grid[1][1] = item(5, -32768);
	grid[1][2] = NULL;
}
