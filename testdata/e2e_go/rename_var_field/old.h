/* Version 1: a connection keeps its socket in "fd"; the retry budget is
 * called old_name. */
#ifndef OLD_H
#define OLD_H

struct conn {
	int fd;
	unsigned short port;
	char tag;
	long opened_at;
};

extern int old_name;
extern struct conn main_conn;
extern struct conn conns[3];
extern struct conn *conn_ptr;

#endif
