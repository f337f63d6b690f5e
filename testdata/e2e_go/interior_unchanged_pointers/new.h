#ifndef NEW_H
#define NEW_H

struct link {
	struct link *next;
	struct link *prev;
};

struct conn {
	struct link link;
	long fd;

};

struct conf {
	long backlog;
	int port;
};

extern struct conf conf;
extern int *port_ptr;
extern struct link live;
extern struct conn *conns[3];

#endif
