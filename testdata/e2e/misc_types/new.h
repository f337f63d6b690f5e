#ifndef NEW_H
#define NEW_H

#include <signal.h>
#include <stdint.h>

struct item {
	int64_t id;
};

struct msg {
	union {
		int32_t code;
		float weight;
	};
	struct {
		int64_t seq;
		uint32_t src_port;
	};
	int kind;
	const char *label;
	char name[12];       /* longer: extra bytes zero */
};

extern struct msg msgs[2];
extern struct item (*rows)[3];
extern const struct item *ro_item;
extern volatile sig_atomic_t got_signal;
extern uint64_t crc_table_size;
extern char hostname[32];

#endif
