#include "new.h"
#include "../check.h"

/* newest first: gone (-1), beta (5), alpha (4) */
static const struct {
	int fd;
	unsigned long long addr;
	const char *name;
	int retries;
	enum conn_state state;
} want[3] = {
	{ -1, 0xffffffffull, "gone", 0, CONN_IDLE },
	{ 5, 0x0a000002ull, "beta", 2, CONN_RETRYING },
	{ 4, 0x0a000001ull, "alpha", 0, CONN_OPEN },
};

int test_check(void)
{
	struct list *l;
	struct conn *by_fd[3] = { 0 };
	int i = 0;
	for (l = conn_all(); l != NULL && i < 3; l = l->next, i++) {
		struct conn *c = l->data;
		if (!check_nonnull("conns node data", c))
			return check_done();
		check_int("conn fd", c->fd, want[i].fd);
		check_uint("conn addr (widened)", c->addr, want[i].addr);
		check_str("conn name", c->name, want[i].name);
		check_int("conn retries (bare return; for -1)", c->retries, want[i].retries);
		check_int("conn state (a helper on the program's own enum)", c->state, want[i].state);
		by_fd[i] = c;
	}
	check_int("conns length", (int)list_len(conn_all()), 3);
	check_int("session count", session_count(), 3);
	if (session_count() == 3) {
		check_int("session 0 id", (int)session_at(0)->id, 1001);
		check_int("session 2 id", (int)session_at(2)->id, 1003);
		check_ptr("session 0 conn (shared with the list)", session_at(0)->conn, by_fd[2]);
		check_ptr("session 1 conn", session_at(1)->conn, by_fd[1]);
		check_ptr("session 2 conn", session_at(2)->conn, by_fd[2]);
	}
	check_ptr("sessions beyond the old 8 are zero", session_at(8), NULL);
	check_uint("session_new#calls -> calls_of_new#calls", session_calls(), 3);
	/* recent: alpha then gone, declared without E_G, migrated by the
	 * spec's $xform(struct list, struct list, $xform(struct conn, ...)) */
	l = conn_recent();
	check_int("recent length", (int)list_len(l), 2);
	if (list_len(l) == 2) {
		check_ptr("recent[0] (the migrated alpha)", l->data, by_fd[2]);
		check_ptr("recent[1] (the migrated gone)", l->next->data, by_fd[0]);
	}
	check_uint("stats.requests", stats.requests, 42);
	check_uint("stats.errors (bare return; for a negative count)", stats.errors, 0);
	check_str("server_rev (const: the new version's own)", server_rev, "2.0.0");
	return check_done();
}
