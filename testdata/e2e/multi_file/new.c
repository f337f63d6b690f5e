#include "new.h"
#include "../check.h"

struct conn *conns;
struct stats stats;

int test_check(void)
{
	struct conn *c = conns, *second = NULL;
	int i;
	for (i = 2; i >= 0; i--) {
		if (!check_nonnull(F("conn fd %d", 20 + i), c))
			return check_done();
		check_int(F("conn fd %d .fd", 20 + i), c->fd, 20 + i);
		if (i == 1)
			second = c;
		c = c->next;
	}
	check_ptr("last conn .next", c, NULL);
	check_int("stats.accepted", stats.accepted, 3);
	check_ptr("stats.busiest (the conn of fd 21, from the other header)", stats.busiest, second);
	return check_done();
}
