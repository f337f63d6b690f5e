#include "new.h"
#include "../check.h"

int new_name = -1;
struct conn main_conn = { -1, 0, 'x', 0 };
struct conn conns[3];
struct conn *conn_ptr;

int test_check(void)
{
	int i;
	check_int("new_name (was old_name)", new_name, 4242);
	check_int("main_conn.sock (was fd)", main_conn.sock, 7);
	check_uint("main_conn.port", main_conn.port, 8080);
	check_int("main_conn.tag", main_conn.tag, 'm');
	check_int("main_conn.opened_at", main_conn.opened_at, 1700000000L);
	for (i = 0; i < 3; i++) {
		check_int(F("conns[%d].sock", i), conns[i].sock, 100 + i);
		check_uint(F("conns[%d].port", i), conns[i].port, 9000u + (unsigned)i);
		check_int(F("conns[%d].tag", i), conns[i].tag, 'a' + i);
		check_int(F("conns[%d].opened_at", i), conns[i].opened_at, 1000L * i);
	}
	if (check_nonnull("conn_ptr", conn_ptr)) {
		check_int("conn_ptr->sock", conn_ptr->sock, 55);
		check_uint("conn_ptr->port", conn_ptr->port, 65535);
		check_int("conn_ptr->tag", conn_ptr->tag, 'p');
		check_int("conn_ptr->opened_at", conn_ptr->opened_at, -3);
	}
	return check_done();
}
