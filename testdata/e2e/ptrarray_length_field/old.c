#include <stdlib.h>
#include "old.h"

struct vec inventory;
struct vec *pvec;
struct vec empty_vec;
struct item *fixed4;

static struct item *items(int n, int first)
{
	struct item *v = malloc((size_t)n * sizeof *v);
	int i;
	for (i = 0; i < n; i++) {
		v[i].id = first + i;
		v[i].price = 0.5f * (float)(first + i);
	}
	return v;
}

void test_setup(void)
{
	inventory.n = 37;
	inventory.items = items(37, 100);
	pvec = malloc(sizeof *pvec);
	pvec->n = 1;
	pvec->items = items(1, 7);
	empty_vec.n = 0;
	empty_vec.items = NULL;
	fixed4 = items(4, 40);
}
