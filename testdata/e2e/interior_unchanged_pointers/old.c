#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct conf conf;
int *port_ptr;
struct link live;
struct conn *conns[3];

void test_setup(void)
{
	struct link *prev = &live;
	int i;
	conf.port = 8080;
	conf.backlog = 64;
	port_ptr = &conf.port;
	for (i = 0; i < 3; i++) {
		conns[i] = malloc(sizeof *conns[i]);
		conns[i]->fd = 30 + i;
		prev->next = &conns[i]->link;
		conns[i]->link.prev = prev;
		prev = &conns[i]->link;
	}
	prev->next = &live;
	live.prev = prev;
}

int test_old_intact(void)
{
	check_ptr("old port_ptr", port_ptr, &conf.port);
	check_ptr("old live.next", live.next, &conns[0]->link);
	return check_done();
}
