/*
 * kvserver version 2. What changed since version 1:
 *  - struct entry caches the value's length (vlen, computed at update);
 *  - config.max_conns is called max_clients, and the idle timeout is
 *    kept in milliseconds (idle_timeout -> idle_timeout_ms, times 1000);
 *  - enum conn_state is reordered and has a new TLS handshake state;
 *  - struct conn has a byte counter (starts at zero) and wider counters;
 *  - the stats counters are long, and evictions are counted;
 *  - commands say whether they write;
 *  - uptime_base is new: the old clock at the time of the update;
 *  - legacy_mode is gone.
 */
#ifndef KV_NEW_H
#define KV_NEW_H

#include "xfgen/annotations.h"

struct entry {
	char *key E_SZ;
	char *val E_SZ;
	unsigned long vlen;
	unsigned int hash;
	struct entry *next;
};

struct table {
	int nbuckets;
	int count;
	struct entry **buckets E_PTRARRAY(nbuckets);
};

struct config {
	int port;
	int max_clients;
	long idle_timeout_ms;
	char *data_dir E_SZ;
};

enum conn_state { CONN_CLOSING, CONN_ACCEPTED, CONN_TLS_HANDSHAKE, CONN_READING, CONN_WRITING };

struct conn {
	int fd;
	enum conn_state state;
	long reqs;
	long bytes_in;
	long last_active;
	struct entry *last_touched;
	struct conn *next;
};

struct stats {
	long gets;
	long sets;
	long hits;
	long misses;
	long evictions;
};

typedef int (*cmd_fn)(const char *key, const char *val);

struct command {
	char *name E_SZ;
	cmd_fn run;
	int min_args;
	int writes;
};

int cmd_get(const char *key, const char *val);
int cmd_set(const char *key, const char *val);
int cmd_del(const char *key, const char *val);
int cmd_stats(const char *key, const char *val);

extern struct table store;
extern struct config cfg;
extern struct conn *conns;
extern int nconns;
extern struct stats stats;
extern struct command commands[4];
extern unsigned int hash_seed;
extern long now;
extern long uptime_base;

#endif
