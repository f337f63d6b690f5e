#include <stdlib.h>
#include "old.h"

struct outer o1;
struct outer outers[2];
struct outer *po;
struct inner grid[2][3];

/* val(k) is the inner number k: a = -k, b = 1000 * k + 7. */
static struct inner val(int k)
{
	struct inner v;
	v.a = (short)-k;
	v.b = 1000 * k + 7;
	return v;
}

static void fill(struct outer *o, int base, struct inner *pin)
{
	int j;
	o->tag = base;
	o->in = val(base);
	for (j = 0; j < 3; j++)
		o->arr[j] = val(base + 1 + j);
	o->pin = pin;
}

void test_setup(void)
{
	struct inner *heap = malloc(sizeof *heap);
	int i, j;
	*heap = val(99);
	fill(&o1, 10, heap);
	fill(&outers[0], 20, NULL);
	fill(&outers[1], 30, heap);
	po = malloc(sizeof *po);
	fill(po, 40, NULL);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++)
			grid[i][j] = val(50 + 3 * i + j);
}
