#include <stdlib.h>
#include <string.h>
#include "old.h"

struct acct accounts[3];
struct acct *vip;
int naccounts;

static const int cents[4] = { 12345, -250, 0, 99999999 };
static const double bonus[4] = { 0.5, 1.25, 0.0, 1000.75 };

static void fill(struct acct *a, int i)
{
	a->id = 500 + i;
	a->cents = cents[i];
	a->bonus = bonus[i];
	memset(a->owner, 0, sizeof a->owner);
	a->owner[0] = (char)('A' + i);
	a->owner[1] = (char)('a' + i);
}

void test_setup(void)
{
	int i;
	naccounts = 3;
	for (i = 0; i < 3; i++)
		fill(&accounts[i], i);
	vip = malloc(sizeof *vip);
	fill(vip, 3);
}
