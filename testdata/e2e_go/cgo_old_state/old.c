/* The old version's state, built by C in C memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "old.h"

struct conn *conns;
struct table table;
long nconns;

void test_setup(void)
{
	struct conn **link = &conns;
	int i;
	nconns = 5;
	table.n = 6;
	table.slots = calloc(6, sizeof *table.slots);
	for (i = 0; i < 5; i++) {
		struct conn *c = calloc(1, sizeof *c);
		char name[32];
		c->fd = 100 + i;
		c->fl.open = i % 2;
		c->fl.mode = i;
		c->fl.prio = -i;
		c->st.kind = 'a' + i;
		c->st.at = 1700000000L + i;
		if (i % 2)
			c->addr.v4 = 0x7f000001u + i;
		else
			memset(c->addr.v6, 0x20 + i, sizeof c->addr.v6);
		c->state = (enum state)(i % 3);
		snprintf(name, sizeof name, "conn-%d", i);
		c->name = strdup(name);
		*link = c;
		link = &c->next;
		table.slots[4 - i] = c;
	}
}
