#include <stdlib.h>
#include "old.h"

struct s g;
struct s *h;
int *p, *hp, *onep, *hend;
struct t *q, *hq;

void test_setup(void)
{
	int i, j;
	h = calloc(1, sizeof *h);
	if (h == NULL)
		abort();
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			g.m[i][j] = 10 * i + j;
			h->m[i][j] = 100 + 10 * i + j;
			g.tm[i][j].a = 20 * i + j;
			h->tm[i][j].a = 200 + 10 * i + j;
		}
	for (i = 0; i < 3; i++) {
		g.one[i] = i;
		h->one[i] = 50 + i;
	}
	g.x = 1.5;
	h->x = 2.5;
	p = &g.m[1][0];
	hp = &h->m[1][1];
	q = &g.tm[1][0];
	hq = &h->tm[0][1];
	onep = &g.one[2];
	hend = &h->one[3];
}
