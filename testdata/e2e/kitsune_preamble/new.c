#include "new.h"
#include "../check.h"

int stats_requests(void);

struct conn conns[3];
int nconns;
int updated = -1;
int old_requests;

int test_check(void)
{
	static const int fd[3] = { 4, -1, 9 }, retries[3] = { 2, 0, 6 };
	static const enum conn_state state[3] = { CONN_BUSY, CONN_IDLE, CONN_BUSY };
	int i;
	for (i = 0; i < 3; i++) {
		check_int("conns[i].fd", conns[i].fd, fd[i]);
		check_int("conns[i].retries (a bare return; for -1)", conns[i].retries, retries[i]);
		check_int("conns[i].state (a helper on the program's own enum)", conns[i].state, state[i]);
		check_int("conns[i].generation (a helper on the program's own struct)", conns[i].generation, 2);
	}
	check_str("conns[0].peer", conns[0].peer, "10.0.0.1");
	check_ptr("conns[1].peer", conns[1].peer, NULL);
	check_str("conns[2].peer", conns[2].peer, "10.0.0.3");
	check_int("nconns", nconns, 3);
	check_int("old_requests (GET_OLD_STATIC)", old_requests, 42);
	check_int("stats.c/requests (GET_NEW_STATIC, kitsune_lookup_addr_old)", stats_requests(), 45);
	check_int("updated (_kitsune_mainupdate_xform ran after the migration)", updated, 1);
	return check_done();
}
