#include <stdlib.h>
#include "../new.h"

long total_requests;
long hits_at_update;

static struct sess *sessions;
static long hits = -1;

int handle(int id)
{
	static long calls = -1;
	struct sess *s;
	if (id < 0)
		return (int)calls;
	calls++;
	total_requests++;
	for (s = sessions; s; s = s->next)
		if (s->id == id) {
			hits++;
			return 1;
		}
	return 0;
}

/* Version 2's code writes sessions too (were it never written, the
 * compiler could drop the static, and there would be nothing to
 * migrate into). */
void server_add(int id)
{
	struct sess *s = calloc(1, sizeof *s);
	if (s == NULL)
		return;
	s->id = id;
	s->next = sessions;
	sessions = s;
}

struct sess *server_sessions(void) { return sessions; }
long server_hits(void) { return hits; }
long server_calls(void) { return handle(-1); }
