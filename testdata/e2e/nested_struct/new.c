#include "new.h"
#include "../check.h"

struct outer o1;
struct outer outers[2];
struct outer *po;
struct inner grid[2][3];

static void check_inner(const char *what, const struct inner *v, int k)
{
	char w[80];
	snprintf(w, sizeof w, "%s", what);
	check_int(F("%s.a", w), v->a, -k);
	check_int(F("%s.b", w), v->b, 1000 * k + 7);
	check_int(F("%s.sum (INIT from $base.a + $base.b)", w), v->sum, -k + 1000 * k + 7);
}

static void check_outer(const char *what, const struct outer *o, int base)
{
	char w[80];
	int j;
	snprintf(w, sizeof w, "%s", what);
	check_int(F("%s.tag", w), o->tag, base);
	check_inner(F("%s.in", w), &o->in, base);
	for (j = 0; j < 3; j++)
		check_inner(F("%s.arr[%d]", w, j), &o->arr[j], base + 1 + j);
}

int test_check(void)
{
	int i, j;
	check_outer("o1", &o1, 10);
	if (check_nonnull("o1.pin", o1.pin))
		check_inner("*o1.pin", o1.pin, 99);
	check_outer("outers[0]", &outers[0], 20);
	check_ptr("outers[0].pin", outers[0].pin, NULL);
	check_outer("outers[1]", &outers[1], 30);
	check_ptr("outers[1].pin (the same inner as o1.pin)", outers[1].pin, o1.pin);
	if (check_nonnull("po", po)) {
		check_outer("*po", po, 40);
		check_ptr("po->pin", po->pin, NULL);
	}
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++)
			check_inner(F("grid[%d][%d]", i, j), &grid[i][j], 50 + 3 * i + j);
	return check_done();
}
