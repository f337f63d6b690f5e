/*
 * kvserver version 1: the server's state and the code that changes it.
 * test_setup plays the part of the server's life before the update:
 * it loads keys, serves requests and accepts connections.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "old.h"

struct table store;
struct config cfg;
struct conn *conns;
int nconns;
struct stats stats;
struct command commands[4];
unsigned int hash_seed;
long now;
int legacy_mode;

static unsigned int hash(const char *s)
{
	unsigned int h = 2166136261u ^ hash_seed;
	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

static struct entry *lookup(const char *key)
{
	unsigned int h = hash(key);
	struct entry *e;
	for (e = store.buckets[h % (unsigned)store.nbuckets]; e; e = e->next)
		if (e->hash == h && strcmp(e->key, key) == 0)
			return e;
	return NULL;
}

int cmd_get(const char *key, const char *val)
{
	(void)val;
	stats.gets++;
	if (lookup(key)) {
		stats.hits++;
		return 1;
	}
	stats.misses++;
	return 0;
}

int cmd_set(const char *key, const char *val)
{
	struct entry *e = lookup(key);
	stats.sets++;
	if (e == NULL) {
		e = malloc(sizeof *e);
		e->key = strdup(key);
		e->hash = hash(key);
		e->next = store.buckets[e->hash % (unsigned)store.nbuckets];
		store.buckets[e->hash % (unsigned)store.nbuckets] = e;
		store.count++;
	} else {
		free(e->val);
	}
	e->val = val ? strdup(val) : NULL;
	return 1;
}

int cmd_del(const char *key, const char *val)
{
	unsigned int h = hash(key);
	struct entry **link = &store.buckets[h % (unsigned)store.nbuckets], *e;
	(void)val;
	for (; (e = *link) != NULL; link = &e->next) {
		if (e->hash == h && strcmp(e->key, key) == 0) {
			*link = e->next;
			free(e->key);
			free(e->val);
			free(e);
			store.count--;
			return 1;
		}
	}
	return 0;
}

int cmd_stats(const char *key, const char *val)
{
	(void)key;
	(void)val;
	return store.count;
}

static const char *key_of(int i)
{
	static char buf[32];
	snprintf(buf, sizeof buf, "user:%03d", i);
	return buf;
}

void test_setup(void)
{
	static const enum conn_state states[5] = { CONN_ACCEPTED, CONN_READING, CONN_WRITING, CONN_CLOSING,
						   CONN_READING };
	char val[64];
	int i;

	hash_seed = 0x9747b28cu;
	now = 1700000123L;
	legacy_mode = 1;
	cfg.port = 6379;
	cfg.max_conns = 128;
	cfg.idle_timeout = 30;
	cfg.data_dir = strdup("/var/lib/kvserver");

	commands[0].name = strdup("get");
	commands[0].run = cmd_get;
	commands[0].min_args = 1;
	commands[1].name = strdup("set");
	commands[1].run = cmd_set;
	commands[1].min_args = 2;
	commands[2].name = strdup("del");
	commands[2].run = cmd_del;
	commands[2].min_args = 1;
	commands[3].name = strdup("stats");
	commands[3].run = cmd_stats;
	commands[3].min_args = 0;

	store.nbuckets = 64;
	store.buckets = calloc((size_t)store.nbuckets, sizeof *store.buckets);

	/* Load 300 keys; every 17th has no value. */
	for (i = 0; i < 300; i++) {
		snprintf(val, sizeof val, "value of user %d", i * 7);
		commands[1].run(key_of(i), i % 17 == 0 ? NULL : val);
	}
	commands[1].run(key_of(5), "updated");
	for (i = 49; i < 300; i += 50)
		commands[2].run(key_of(i), NULL);
	for (i = 0; i < 400; i += 3)
		commands[0].run(key_of(i), NULL);

	/* Five connections, the newest first. */
	for (i = 0; i < 5; i++) {
		struct conn *c = malloc(sizeof *c);
		c->fd = 10 + i;
		c->state = states[i];
		c->reqs = i * 7;
		c->last_active = now - i;
		c->last_touched = i % 2 == 0 ? lookup(key_of(i * 10 + 1)) : NULL;
		c->next = conns;
		conns = c;
		nconns++;
	}
}

/* After xf_migrate, succeeded or failed, version 1's state must be as it
 * was: if the update fails, version 1 keeps serving from it. */
int test_old_intact(void)
{
	int i, failures = 0;
	for (i = 0; i < 300; i++) {
		struct entry *e = lookup(key_of(i));
		int gone = i % 50 == 49;
		if ((e == NULL) != gone) {
			fprintf(stderr, "old entry \"%s\": got %s, want %s\n", key_of(i), e ? "an entry" : "none",
				gone ? "none" : "an entry");
			failures++;
		}
	}
	if (store.count != 294) {
		fprintf(stderr, "old store.count: got %d, want 294\n", store.count);
		failures++;
	}
	if (commands[0].run != cmd_get || commands[3].run != cmd_stats) {
		fprintf(stderr, "old commands[].run: got %p, %p, want version 1's cmd_get, cmd_stats\n",
			*(void **)&commands[0].run, *(void **)&commands[3].run);
		failures++;
	}
	if (conns == NULL || conns->fd != 14 || conns->state != CONN_READING) {
		fprintf(stderr, "old conns: got fd %d state %d first, want fd 14 state %d\n", conns ? conns->fd : -1,
			conns ? (int)conns->state : -1, (int)CONN_READING);
		failures++;
	}
	if (cfg.idle_timeout != 30 || strcmp(cfg.data_dir, "/var/lib/kvserver") != 0) {
		fprintf(stderr, "old cfg: got idle_timeout %d data_dir %s, want 30 /var/lib/kvserver\n", cfg.idle_timeout,
			cfg.data_dir);
		failures++;
	}
	return failures;
}
