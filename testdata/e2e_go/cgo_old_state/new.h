/* Version 2: the connection reordered, fd widened, the flags' mode
 * widened and moved, the states renumbered and one added. */
#ifndef NEW_H
#define NEW_H
#include "xfgen/annotations.h"

enum state { ST_DONE, ST_IDLE, ST_BUSY, ST_GONE };

struct flags {
	unsigned mode : 5;
	unsigned open : 1;
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
	struct conn *next;
	long fd;
	enum state state;
	struct flags fl;
	union addr addr;
	struct stamp st;
	char *name E_SZ;
};

struct table {
	int n;
	struct conn **slots E_PTRARRAY(n);
};

extern struct conn *conns;
extern struct table table;
extern long nconns;

#endif
