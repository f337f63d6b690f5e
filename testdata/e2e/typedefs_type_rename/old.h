/* Version 1: types reached through typedefs, an anonymous struct behind
 * a typedef, and a struct that version 2 renames. */
#ifndef OLD_H
#define OLD_H

typedef struct {
	int lo;
	int hi;
} range_t;

typedef struct session session_t;
typedef session_t *session_p;

struct session {
	int id;
	range_t window;
	session_p peer;
};

struct old_peer {
	int addr;
	unsigned short port;
};

typedef unsigned int counter_t;

extern range_t limits;
extern session_p current;
extern session_t sessions[2];
extern struct old_peer *gateway;
extern struct old_peer peers[2];
extern counter_t served;

#endif
