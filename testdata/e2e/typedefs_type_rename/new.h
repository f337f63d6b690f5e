/* Version 2: range_t widened, struct old_peer renamed to struct peer
 * (and widened), counter_t widened to unsigned long. */
#ifndef NEW_H
#define NEW_H

typedef struct {
	long lo;
	long hi;
} range_t;

typedef struct session session_t;
typedef session_t *session_p;

struct session {
	int id;
	range_t window;
	session_p peer;
};

struct peer {
	unsigned int port;
	long addr;
};

typedef unsigned long counter_t;

extern range_t limits;
extern session_p current;
extern session_t sessions[2];
extern struct peer *gateway;
extern struct peer peers[2];
extern counter_t served;

#endif
