#ifndef NEW_CONN_H
#define NEW_CONN_H
struct conn {
	struct conn *next;
	long fd;
};
extern struct conn *conns;
#endif
