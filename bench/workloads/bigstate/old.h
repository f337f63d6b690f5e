/* Version 1: a server with a large store of records (about 100 MB,
 * XF_BENCH_N records) whose type does not change, and a small part
 * that does: its configuration and a few sessions. */
#ifndef OLD_H
#define OLD_H

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
};

struct session {
	int fd;
	struct session *next;
};

extern struct store store;
extern struct record *recent;
extern struct config config;
extern struct session *sessions;

#endif
