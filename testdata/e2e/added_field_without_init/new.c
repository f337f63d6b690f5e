#include "new.h"
#include "../check.h"
struct conn *conn_list;
int test_check(void)
{
	if (check_nonnull("conn_list", conn_list))
		check_int("conn_list->sock", conn_list->sock, 4);
	return check_done();
}
