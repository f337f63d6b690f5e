/* Version 2: a connection has a state and a generation; the update
 * records that it ran. */
#ifndef NEW_H
#define NEW_H

enum conn_state { CONN_IDLE, CONN_BUSY };

struct conn {
	enum conn_state state;
	int fd;
	int retries;
	char *peer;
	int generation;
};

extern struct conn conns[3];
extern int nconns;
extern int updated;
extern int old_requests;

#endif
