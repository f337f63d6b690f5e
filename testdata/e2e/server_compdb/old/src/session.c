#include <stddef.h>
#include "server.h"

static struct session sessions[SESSIONS_MAX];
static int nsessions;

struct session *session_new(struct conn *c)
{
	static unsigned long calls;
	struct session *s;
	calls++;
	if (nsessions == SESSIONS_MAX)
		return NULL;
	s = &sessions[nsessions++];
	s->id = 1000 + nsessions;
	s->conn = c;
	return s;
}
