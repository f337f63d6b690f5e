#include <stdlib.h>
#include <string.h>
#include "server.h"

/* every open connection, newest first */
static struct list E_G(struct conn) *conns;
/* connections seen lately, declared as Kitsune's programs do, without
 * E_G: the spec says what it holds */
static struct list *recent;
static int opened;

struct conn *conn_open(sock_t fd, uint32_t addr, const char *name)
{
	struct conn *c = calloc(1, sizeof *c);
	if (c == NULL)
		abort();
	c->fd = fd;
	c->addr = addr;
	strncpy(c->name, name, sizeof c->name - 1);
	conns = list_push(conns, c);
	opened++;
	return c;
}

void conn_remember(struct conn *c)
{
	recent = list_push(recent, c);
}
