/* Version 1: a table of connections and a count of requests kept in a
 * static of stats.c that xfgen is not given. */
#ifndef OLD_H
#define OLD_H

struct conn {
	int fd;
	int retries; /* -1: gave up */
	char *peer;
};

extern struct conn conns[3];
extern int nconns;

#endif
