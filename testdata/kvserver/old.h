/*
 * kvserver version 1: the state of a small in-memory key-value server.
 *
 * Everything a running server holds between requests is here: the hash
 * table of entries, the configuration, the open connections, the
 * counters and the command table. Version 2 (new.h) changes most of it;
 * spec.xf says how the state is carried over while the server runs.
 */
#ifndef KV_OLD_H
#define KV_OLD_H

#include "xfgen/annotations.h"

/* One key-value pair; entries of a bucket are chained through next. */
struct entry {
	char *key E_SZ;
	char *val E_SZ;
	unsigned int hash;
	struct entry *next;
};

/* A chained hash table: buckets points to nbuckets chains. */
struct table {
	int nbuckets;
	int count;
	struct entry **buckets E_PTRARRAY(nbuckets);
};

struct config {
	int port;
	int max_conns;
	int idle_timeout; /* seconds */
	char *data_dir E_SZ;
};

enum conn_state { CONN_ACCEPTED, CONN_READING, CONN_WRITING, CONN_CLOSING };

/* An open client connection. last_touched is the entry its last request
 * read or wrote: an entry of the table, not a copy. */
struct conn {
	int fd;
	enum conn_state state;
	int reqs;
	long last_active;
	struct entry *last_touched;
	struct conn *next;
};

struct stats {
	int gets;
	int sets;
	int hits;
	int misses;
};

/* A command: its name and the function that runs it. */
typedef int (*cmd_fn)(const char *key, const char *val);

struct command {
	char *name E_SZ;
	cmd_fn run;
	int min_args;
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
extern long now;        /* the server's clock, in seconds */
extern int legacy_mode; /* gone in version 2 */

#endif
