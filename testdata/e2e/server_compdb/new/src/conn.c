#include <stdlib.h>
#include <string.h>
#include "server.h"

static struct list E_G(struct conn) *conns;
static struct list *recent;
static int opened;

struct conn *conn_open(sock_t fd, uint64_t addr, const char *name)
{
	struct conn *c = calloc(1, sizeof *c);
	if (c == NULL)
		abort();
	c->fd = fd;
	c->addr = addr;
	c->state = CONN_OPEN;
	strncpy(c->name, name, sizeof c->name - 1);
	conns = list_push(conns, c);
	opened++;
	return c;
}

struct list *conn_all(void) { return opened >= 0 ? conns : NULL; }
struct list *conn_recent(void) { return recent; }

void conn_remember(struct conn *c)
{
	recent = list_push(recent, c);
}
