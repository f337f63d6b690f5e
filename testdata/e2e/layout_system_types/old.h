/* Version 1: bitfields, a packed struct, an aligned struct, system
 * types, an unchanged union, and assorted scalar types, all inside a
 * struct that changes. */
#ifndef OLD_H
#define OLD_H

#include <pthread.h>
#include <time.h>

union word {
	unsigned int u;
	float f;
	unsigned char b[4];
};

struct __attribute__((packed)) wire {
	unsigned char kind;
	unsigned int len;
	unsigned short crc;
};

struct slot {
	unsigned int used : 1;
	unsigned int kind : 3;
	signed int delta : 5;
	unsigned int gen : 12;
	char name[6];
	_Bool dirty;
	long double precise;
	struct timespec stamp;
	pthread_mutex_t lock;
	union word w;
	struct wire hdr;
	void *user;
	double ratio;
} __attribute__((aligned(32)));

extern struct slot slots[3];
extern struct slot *spare;
extern struct wire last_wire;

#endif
