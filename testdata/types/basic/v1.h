#include <stdint.h>
#include <pthread.h>
#include <sys/socket.h>
#include <stdio.h>
#include "../../../include/xfgen/annotations.h"

typedef struct conn conn_t;

enum state { IDLE, BUSY = 4, DONE };

struct item {
	int key;
	double weight;
};

struct conn {
	int fd;
	enum state st;
	char E_SZ *name;
	int nitems;
	struct item E_PTRARRAY(nitems) *items;
	conn_t *next;
	uint64_t bytes;
	unsigned flags : 3;
	unsigned mode : 5;
	union {
		int i;
		float f;
	};
	void (*on_close)(conn_t *c, int why);
	pthread_mutex_t lock;
	struct sockaddr addr;
};

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct buf {
	int len;
	char data[];
};

extern conn_t *conns;
extern struct list E_G(struct item) *items;
extern int nconns;

typedef int counter_t;
union val {
	int i;
	float f;
};
struct hooks {
	int (*on_read)(int fd, char *buf);
	counter_t reads;
};
extern struct hooks hooks;
