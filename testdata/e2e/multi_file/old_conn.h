#ifndef OLD_CONN_H
#define OLD_CONN_H
struct conn {
	int fd;
	struct conn *next;
};
extern struct conn *conns;
#endif
