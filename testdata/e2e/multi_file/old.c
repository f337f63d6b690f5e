#include <stdlib.h>
#include "old.h"

struct conn *conns;
struct stats stats;

void test_setup(void)
{
	int i;
	for (i = 0; i < 3; i++) {
		struct conn *c = malloc(sizeof *c);
		c->fd = 20 + i;
		c->next = conns;
		conns = c;
		if (i == 1)
			stats.busiest = c;
	}
	stats.accepted = 3;
}
