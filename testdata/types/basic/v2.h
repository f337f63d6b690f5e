#include <stdint.h>
#include <pthread.h>
#include <sys/socket.h>
#include <stdio.h>
#include "../../../include/xfgen/annotations.h"

typedef struct conn conn_t;

/* BUSY renumbered, DONE removed, CLOSING added */
enum state { IDLE, BUSY = 5, CLOSING };

/* weight retyped double -> float: struct conn is affected through it */
struct item {
	int key;
	float weight;
};

struct conn {
	long fd;               /* retyped int -> long */
	enum state st;
	char E_SZ *label;      /* renamed from name */
	int nitems;
	struct item E_PTRARRAY(nitems) *items;
	conn_t *next;
	uint64_t bytes;
	unsigned mode : 5;     /* reordered before flags */
	unsigned flags : 3;
	union {
		int i;
		float f;
	};
	void (*on_close)(conn_t *c, int why);
	pthread_mutex_t lock;
	struct sockaddr addr;
	int retries;           /* added */
};

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct buf {
	int len;
	char data[];
};

struct stats {             /* added type */
	long served;
};

extern conn_t *conns;
extern struct list E_G(struct item) *items;
extern long nconns;        /* retyped */
extern struct stats stats; /* added */

typedef long counter_t;      /* names another type */
union val {
	int i;
	double d;                /* f removed, d added */
};
struct hooks {
	long (*on_read)(int fd, char *buf, unsigned long len); /* function pointer retyped */
	counter_t reads;          /* same spelling, affected through counter_t */
};
extern struct hooks hooks;
