#include <stdlib.h>
#include "old.h"

struct item *it;
long *p;
struct buf *bp;
long *end;

void test_setup(void)
{
	int i;
	it = calloc(1, sizeof *it);
	if (it == NULL)
		abort();
	for (i = 0; i < 3; i++) {
		it->b[i].prev = 10 + i;
		it->b[i].q = 20 + i;
	}
	it->y = 5;
	p = &it->b[1].prev;
	bp = &it->b[1];
	end = &it->b[2].q;
}
