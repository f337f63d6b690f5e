#include "new.h"
#include "../check.h"

struct block blocks[NBLOCKS];

int test_check(void)
{
	int i, j;
	for (i = 0; i < NBLOCKS; i++) {
		check_int(F("blocks[%d].n", i), blocks[i].n, 2 + i % 2);
		if (!check_nonnull(F("blocks[%d].cells", i), blocks[i].cells))
			return check_done();
		for (j = 0; j < blocks[i].n; j++)
			check_int(F("blocks[%d].cells[%d].v", i, j), blocks[i].cells[j].v, i * 3 + j);
	}
	for (i = 0; i < NBLOCKS; i++) {
		int ti = (i * 7 + 1) % NBLOCKS;
		struct block *t = &blocks[ti];
		int k = i % 3 < t->n ? i % 3 : t->n;
		check_ptr(F("blocks[%d].cur (blocks[%d].cells + %d of the new blocks)", i, ti, k), blocks[i].cur,
			  t->cells + k);
	}
	return check_done();
}
