#include "new.h"
#include "../check.h"

int test_check(void)
{
	struct sess *s = server_sessions();
	int i;
	check_int("server.c/hits (file static)", server_hits(), 2);
	check_int("server.c/handle#calls (static local)", server_calls(), 3);
	check_int("total_requests", total_requests, 3);
	check_int("hits_at_update (INIT from $oldsym(server.c/hits))", hits_at_update, 20);
	for (i = 4; i >= 0; i--) {
		if (!check_nonnull(F("server.c/sessions node for id %d", 100 + i), s))
			return check_done();
		check_int(F("session %d .id", 100 + i), s->id, 100 + i);
		check_int(F("session %d .bytes", 100 + i), s->bytes, 60 * i);
		check_int(F("session %d .big (INIT)", 100 + i), s->big, 60 * i > 100);
		s = s->next;
	}
	check_ptr("last session .next", s, NULL);
	/* Version 2's code runs on the migrated statics. */
	if (check_failures == 0) {
		check_int("handle(104) after the update", handle(104), 1);
		check_int("hits after one more hit", server_hits(), 3);
		server_add(105);
		check_int("handle(105) after server_add(105)", handle(105), 1);
	}
	return check_done();
}
