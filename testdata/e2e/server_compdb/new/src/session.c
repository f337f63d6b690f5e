#include <stddef.h>
#include "server.h"

static struct session sessions[SESSIONS_MAX];
static int nsessions;

static unsigned long *calls_of_new(void);

struct session *session_new(struct conn *c)
{
	struct session *s;
	++*calls_of_new();
	if (nsessions == SESSIONS_MAX)
		return NULL;
	s = &sessions[nsessions++];
	s->id = 1000 + nsessions;
	s->conn = c;
	return s;
}

static unsigned long *calls_of_new(void)
{
	static unsigned long calls;
	return &calls;
}

struct session *session_at(int i) { return i >= 0 && i < nsessions ? &sessions[i] : NULL; }
int session_count(void) { return nsessions; }
unsigned long session_calls(void) { return *calls_of_new(); }
