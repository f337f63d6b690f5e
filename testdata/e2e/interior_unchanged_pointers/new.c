#include <stddef.h>
#include "new.h"
#include "../check.h"

struct conf conf;
int *port_ptr;
struct link live;
struct conn *conns[3];

#define CONN_OF(l) ((struct conn *)((char *)(l) - offsetof(struct conn, link)))

int test_check(void)
{
	struct link *l = live.next;
	int i;
	check_int("conf.port", conf.port, 8080);
	check_int("conf.backlog", conf.backlog, 64);
	check_ptr("port_ptr (&conf.port of the new conf)", port_ptr, &conf.port);
	for (i = 0; i < 3; i++) {
		if (!check_nonnull(F("conns[%d]", i), conns[i]))
			return check_done();
		check_int(F("conns[%d]->fd", i), conns[i]->fd, 30 + i);
		if (!check_ptr(F("live list element %d (&conns[%d]->link of the new conn)", i, i), l, &conns[i]->link))
			return check_done();
		check_int(F("live list element %d, its conn's fd", i), CONN_OF(l)->fd, 30 + i);
		check_ptr(F("live list element %d .prev", i), l->prev, i ? &conns[i - 1]->link : &live);
		l = l->next;
	}
	check_ptr("the live list closes on its head", l, &live);
	check_ptr("live.prev (&conns[2]->link of the new conn)", live.prev, &conns[2]->link);
	return check_done();
}
