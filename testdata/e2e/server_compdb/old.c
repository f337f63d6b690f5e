#include "old.h"
#include "../check.h"

static struct conn *c4, *c5, *c9;

void test_setup(void)
{
	c4 = conn_open(4, 0x0a000001u, "alpha");
	c5 = conn_open(5, 0x0a000002u, "beta");
	c9 = conn_open(-1, 0xffffffffu, "gone");
	c5->retries = 2;
	c9->retries = -1;
	conn_remember(c9);
	conn_remember(c4);
	session_new(c4);
	session_new(c5);
	session_new(c4);
	stats.requests = 42;
	stats.errors = -7;
}

int test_old_intact(void)
{
	check_int("old c9->retries", c9->retries, -1);
	check_int("old stats.errors", stats.errors, -7);
	check_str("old c5->name", c5->name, "beta");
	return check_done();
}
