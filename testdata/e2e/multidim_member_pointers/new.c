#include "new.h"
#include "../check.h"

struct s g;
struct s *h;
int *p, *hp, *onep, *hend;
struct t *q, *hq;

int test_check(void)
{
	int i, j;
	if (!check_nonnull("h", h))
		return check_done();
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			check_int(F("g.m[%d][%d]", i, j), g.m[i][j], 10 * i + j);
			check_int(F("h->m[%d][%d]", i, j), h->m[i][j], 100 + 10 * i + j);
			check_int(F("g.tm[%d][%d].a", i, j), g.tm[i][j].a, 20 * i + j);
			check_int(F("h->tm[%d][%d].a", i, j), h->tm[i][j].a, 200 + 10 * i + j);
		}
	check_ptr("p (&g.m[1][0])", p, &g.m[1][0]);
	check_ptr("hp (&h->m[1][1])", hp, &h->m[1][1]);
	check_ptr("q (&g.tm[1][0])", q, &g.tm[1][0]);
	check_ptr("hq (&h->tm[0][1])", hq, &h->tm[0][1]);
	check_ptr("onep (&g.one[2])", onep, &g.one[2]);
	check_ptr("hend (h->one + 3)", hend, h->one + 3);
	return check_done();
}
