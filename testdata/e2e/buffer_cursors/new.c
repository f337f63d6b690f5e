#include <string.h>
#include "new.h"
#include "../check.h"

struct conn *conn;
char *global_rd;
char logbuf[256];
char *logpos;

int test_check(void)
{
	if (!check_nonnull("conn", conn))
		return check_done();
	check_int("conn->fd", conn->fd, 9);
	check_int("conn->after", conn->after, 4242);
	check_int("conn->buf starts with GET", memcmp(conn->buf, "GET /index.html", 15), 0);
	check_ptr("conn->rd (&conn->buf[3] of the new conn)", conn->rd, &conn->buf[3]);
	check_ptr("conn->end (one past the new buffer)", conn->end, conn->buf + 64);
	check_ptr("global_rd (conn->buf + 10 of the new conn)", global_rd, conn->buf + 10);
	check_int("conn->state (INIT)", conn->state, 1);
	check_str("logbuf", logbuf, "update at 12:00: ");
	check_ptr("logpos (logbuf + 17 of the new version's logbuf)", logpos, logbuf + 17);
	return check_done();
}
