#include <stdlib.h>
#include "old.h"
struct conn *conn_list;
void test_setup(void)
{
	conn_list = calloc(1, sizeof *conn_list);
	conn_list->sock = 4;
}
