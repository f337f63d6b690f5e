/* Version 2: struct slot reordered, a bitfield widened and one added
 * (with INIT), ratio made a long double; the packed struct gains a
 * field; system types, the union and void * unchanged. */
#ifndef NEW_H
#define NEW_H

#include <pthread.h>
#include <time.h>

union word {
	unsigned int u;
	float f;
	unsigned char b[4];
};

struct __attribute__((packed)) wire {
	unsigned char kind;
	unsigned short crc;
	unsigned int len;
	unsigned char ttl;
};

struct slot {
	struct timespec stamp;
	union word w;
	unsigned int kind : 3;
	unsigned int used : 1;
	unsigned int gen : 20;
	signed int delta : 5;
	unsigned int fresh : 1;
	_Bool dirty;
	char name[6];
	void *user;
	struct wire hdr;
	long double ratio;
	long double precise;
	pthread_mutex_t lock;
} __attribute__((aligned(64)));

extern struct slot slots[3];
extern struct slot *spare;
extern struct wire last_wire;

#endif
