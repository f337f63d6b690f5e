#include <stdlib.h>
#include <string.h>
#include "old.h"
#include "../check.h"

struct conn *conn;
char *global_rd;
char logbuf[256];
char *logpos;

void test_setup(void)
{
	conn = malloc(sizeof *conn);
	conn->fd = 9;
	memcpy(conn->buf, "GET /index.html HTTP/1.1\r\n", 27);
	memset(conn->buf + 27, 'x', sizeof conn->buf - 27);
	conn->after = 4242;
	conn->rd = &conn->buf[3];
	conn->end = conn->buf + sizeof conn->buf;
	global_rd = conn->buf + 10;
	strcpy(logbuf, "update at 12:00: ");
	logpos = logbuf + 17;
}

int test_old_intact(void)
{
	check_ptr("old conn->rd", conn->rd, &conn->buf[3]);
	check_ptr("old conn->end", conn->end, conn->buf + 64);
	check_ptr("old global_rd", global_rd, conn->buf + 10);
	return check_done();
}
