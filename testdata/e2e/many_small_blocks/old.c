#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct block blocks[NBLOCKS];

/* Block i's cursor: into block (i * 7 + 1) % NBLOCKS, at element i % 3
 * of its n (n is 2 or 3), or one past its end when i % 3 == n. */
void test_setup(void)
{
	int i, j;
	for (i = 0; i < NBLOCKS; i++) {
		blocks[i].n = 2 + i % 2;
		blocks[i].cells = malloc((size_t)blocks[i].n * sizeof *blocks[i].cells);
		for (j = 0; j < blocks[i].n; j++)
			blocks[i].cells[j].v = (short)(i * 3 + j);
	}
	for (i = 0; i < NBLOCKS; i++) {
		struct block *t = &blocks[(i * 7 + 1) % NBLOCKS];
		blocks[i].cur = t->cells + (i % 3 < t->n ? i % 3 : t->n);
	}
}

int test_old_intact(void)
{
	check_int("old blocks[5].cells[1].v", blocks[5].cells[1].v, 16);
	return check_done();
}
