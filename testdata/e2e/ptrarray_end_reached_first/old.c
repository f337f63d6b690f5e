#include <stdlib.h>
#include "old.h"

struct vec *g_a;
struct holder *g_b;

static void *must(void *p)
{
	if (p == NULL)
		abort();
	return p;
}

void test_setup(void)
{
	struct rec *arr = must(calloc(2, sizeof *arr));
	arr[0].v = 1;
	arr[1].v = 2;
	g_a = must(calloc(1, sizeof *g_a));
	g_a->n = 2;
	g_a->items = arr;
	g_b = must(calloc(1, sizeof *g_b));
	g_b->end = &arr[2];
	g_b->last = &arr[1];
}
