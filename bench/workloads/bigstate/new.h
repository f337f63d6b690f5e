/* Version 2: the configuration gained a timeout and each session the
 * time it was last seen; the records did not change. */
#ifndef NEW_H
#define NEW_H

struct record {
	long id;
	struct record *next;
	char data[80];
};

struct store {
	struct record *first;
	long count;
};

struct config {
	int port;
	int workers;
	long timeout_ms;
};

struct session {
	int fd;
	struct session *next;
	long last_seen;
};

extern struct store store;
extern struct record *recent;
extern struct config config;
extern struct session *sessions;

#endif
