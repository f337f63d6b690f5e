#include "new.h"
#include "../check.h"

int nrec = 0;
struct rec records[4];
struct rec *current;

static void check_rec(const char *where_, const struct rec *r, int i, int id)
{
	char where[64];
	static const char *names[] = { "alpha", "bravo", "charlie-fifteen", "" };
	int hits = 3 * i, misses = i == 3 ? 0 : 7 - i;
	int total = hits + misses;
	double rate = total ? (double)hits / total : -1.0;

	snprintf(where, sizeof where, "%s", where_);

	check_int(F("%s.id", where), r->id, id);
	check_str(F("%s.name", where), r->name, names[i % 4]);
	check_dbl(F("%s.score", where), r->score, 1.25 * i - 2.0);
	check_int(F("%s.hits", where), r->hits, hits);
	check_int(F("%s.misses", where), r->misses, misses);
	check_dbl(F("%s.hit_rate (INIT from $base.hits, $base.misses)", where), r->hit_rate, rate);
}

int test_check(void)
{
	int i;
	check_int("nrec", nrec, 4);
	for (i = 0; i < 4; i++)
		check_rec(F("records[%d]", i), &records[i], i, 10 + i);
	if (check_nonnull("current", current))
		check_rec("current", current, 2, 99);
	return check_done();
}
