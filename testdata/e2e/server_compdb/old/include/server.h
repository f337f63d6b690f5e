/* The server's types, version 1. */
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

struct conn {
	sock_t fd;
	uint32_t addr;
	char name[16];
	int retries; /* -1: the peer gave up */
};

struct session {
	int id;
	struct conn *conn;
};

struct server_stats {
	pthread_mutex_t lock;
	long requests;
	long errors;
};

extern struct server_stats stats;
extern const char server_rev[];

struct conn *conn_open(sock_t fd, uint32_t addr, const char *name);
struct session *session_new(struct conn *c);
void conn_remember(struct conn *c);
