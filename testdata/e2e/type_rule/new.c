#include "new.h"
#include "../check.h"

struct point origin = { -1.0, -1.0 };
struct point path[3];
struct point *cursor;
struct shape shapes[2];
struct shape *selected;

/* All old coordinates are multiples of 5, so their tenths are exact. */
static void check_pt(const char *what, const struct point *p, int x10, int y10)
{
	char w[80];
	snprintf(w, sizeof w, "%s", what);
	check_dbl(F("%s.x", w), p->x, x10 / 10.0);
	check_dbl(F("%s.y", w), p->y, y10 / 10.0);
}

static void check_shape(const char *what, const struct shape *s, int i, int kind)
{
	char w[80];
	int j;
	snprintf(w, sizeof w, "%s", what);
	check_int(F("%s.kind", w), s->kind, kind);
	check_pt(F("%s.center", w), &s->center, 100 * i, 55);
	if (i == 0)
		check_ptr(F("%s.corner (the same point as cursor)", w), s->corner, cursor);
	else
		check_ptr(F("%s.corner", w), s->corner, NULL);
	for (j = 0; j < 3; j++)
		check_pt(F("%s.outline[%d]", w, j), &s->outline[j], i * 10 + j * 5, -j * 5);
}

int test_check(void)
{
	int i;
	check_pt("origin", &origin, 5, -5);
	for (i = 0; i < 3; i++)
		check_pt(F("path[%d]", i), &path[i], 10 * i + 5, -15 * i);
	if (check_nonnull("cursor", cursor))
		check_pt("*cursor", cursor, 125, 35);
	for (i = 0; i < 2; i++)
		check_shape(F("shapes[%d]", i), &shapes[i], i, i + 1);
	if (check_nonnull("selected", selected))
		check_shape("selected", selected, 0, 7);
	return check_done();
}
