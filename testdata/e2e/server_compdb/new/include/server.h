/* The server's types, version 2: a connection has a state and a 64-bit
 * address; a session id is a long; request counts are unsigned. */
#pragma once

#include <stdint.h>
#include <pthread.h>
#ifdef _WIN32
#include <winsock2.h>
#include <windows.h>
#include <..\..\contrib\zlib\zlib.h>
typedef SOCKET sock_t;
#else
#include <sys/socket.h>
typedef int sock_t;
#endif
#include "list.h"

enum conn_state { CONN_IDLE, CONN_OPEN, CONN_RETRYING };

struct conn {
	enum conn_state state;
	sock_t fd;
	uint64_t addr;
	char name[16];
	int retries;
};

struct session {
	long id;
	struct conn *conn;
};

struct server_stats {
	pthread_mutex_t lock;
	unsigned long requests;
	unsigned long errors;
};

extern struct server_stats stats;
extern const char server_rev[];

/* for the checks */
struct list *conn_all(void);
struct list *conn_recent(void);
struct session *session_at(int i);
int session_count(void);
unsigned long session_calls(void);
