/* Version 1 of a server, written in C: connections in a list and in a
 * table, with bitfields, a packed stamp, a union and a name. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"

enum state { ST_IDLE, ST_BUSY, ST_DONE };

struct flags {
	unsigned open : 1;
	unsigned mode : 3;
	int prio : 4;
};

struct stamp {
	char kind;
	long at;
} __attribute__((packed));

union addr {
	unsigned v4;
	unsigned char v6[16];
};

struct conn {
	int fd;
	struct flags fl;
	struct stamp st;
	union addr addr;
	enum state state;
	char *name E_SZ;
	struct conn *next;
};

struct table {
	int n;
	struct conn **slots E_PTRARRAY(n);
};

extern struct conn *conns;
extern struct table table;
extern long nconns;

#endif
