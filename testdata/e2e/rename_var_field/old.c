#include <stdlib.h>
#include "old.h"

int old_name;
struct conn main_conn;
struct conn conns[3];
struct conn *conn_ptr;

void test_setup(void)
{
	int i;
	old_name = 4242;
	main_conn.fd = 7;
	main_conn.port = 8080;
	main_conn.tag = 'm';
	main_conn.opened_at = 1700000000L;
	for (i = 0; i < 3; i++) {
		conns[i].fd = 100 + i;
		conns[i].port = (unsigned short)(9000 + i);
		conns[i].tag = (char)('a' + i);
		conns[i].opened_at = 1000L * i;
	}
	conn_ptr = malloc(sizeof *conn_ptr);
	conn_ptr->fd = 55;
	conn_ptr->port = 65535;
	conn_ptr->tag = 'p';
	conn_ptr->opened_at = -3;
}
