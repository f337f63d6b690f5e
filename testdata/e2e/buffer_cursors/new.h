#ifndef NEW_H
#define NEW_H

struct conn {
	int after;
	char *rd;
	char *end;
	long fd;
	char buf[64];
	int state;
};

extern struct conn *conn;
extern char *global_rd;
extern char logbuf[256];
extern char *logpos;

#endif
