#include "new.h"
#include "../check.h"

struct acct accounts[3];
struct acct *vip;
int naccounts;

static const int cents[4] = { 12345, -250, 0, 99999999 };
static const double bonus[4] = { 0.5, 1.25, 0.0, 1000.75 };

static void check_acct(const char *what, const struct acct *a, int i)
{
	char w[64], owner[3] = { 0 };
	snprintf(w, sizeof w, "%s", what);
	owner[0] = (char)('A' + i);
	owner[1] = (char)('a' + i);
	check_int(F("%s.id", w), a->id, 500 + i);
	/* The rule's own expression, on the values the old version held. */
	check_dbl(F("%s.amount (cents / 100.0 + $base.bonus)", w), a->amount, cents[i] / 100.0 + bonus[i]);
	check_dbl(F("%s.bonus", w), a->bonus, bonus[i]);
	check_str(F("%s.owner", w), a->owner, owner);
}

int test_check(void)
{
	int i;
	check_int("naccounts", naccounts, 3);
	for (i = 0; i < 3; i++)
		check_acct(F("accounts[%d]", i), &accounts[i], i);
	if (check_nonnull("vip", vip))
		check_acct("vip", vip, 3);
	return check_done();
}
