/* Cursors into a connection's buffer, as parsers keep them: a read
 * pointer in the middle of a char array member, and an end pointer one
 * past its last byte (valid C, and the same address as the member after
 * the array). The connection is migrated (fields reordered), so the
 * cursors must follow into the new buffer, the end pointer included:
 * one past the new buffer, not into the member that happened to follow
 * the old one. */
#ifndef OLD_H
#define OLD_H

struct conn {
	int fd;
	char buf[64];
	int after;
	char *rd;  /* &buf[3] */
	char *end; /* buf + 64 */
};

extern struct conn *conn;
extern char *global_rd;
extern char logbuf[256];  /* unchanged global buffer */
extern char *logpos;      /* logbuf + 17: must point into the new logbuf */  /* conn->buf + 10 */

#endif
