#include "old.h"
#include "../check.h"

void stats_count(int n);

static char peer0[] = "10.0.0.1", peer2[] = "10.0.0.3";

struct conn conns[3];
int nconns;

void test_setup(void)
{
	conns[0] = (struct conn){ 4, 1, peer0 };
	conns[1] = (struct conn){ -1, -1, NULL };
	conns[2] = (struct conn){ 9, 3, peer2 };
	nconns = 3;
	stats_count(40);
	stats_count(2);
}

int test_old_intact(void)
{
	check_int("old conns[1].retries", conns[1].retries, -1);
	check_str("old conns[0].peer", conns[0].peer, "10.0.0.1");
	return check_done();
}
