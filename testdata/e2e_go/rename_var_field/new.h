/* Version 2: the same state under new names. */
#ifndef NEW_H
#define NEW_H

struct conn {
	int sock;
	unsigned short port;
	char tag;
	long opened_at;
};

extern int new_name;
extern struct conn main_conn;
extern struct conn conns[3];
extern struct conn *conn_ptr;

#endif
