/*
 * kvserver version 2: the server's state, its code, and test_check,
 * which verifies the state carried over from version 1 and then serves
 * requests with version 2's code on it.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "new.h"

struct table store;
struct config cfg = { 6379, 1024, 60000, "/var/lib/kvserver2" };
struct conn *conns;
int nconns;
struct stats stats;
struct command commands[4];
unsigned int hash_seed = 1;
long now;
long uptime_base;

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
	if (store.buckets == NULL || store.nbuckets <= 0)
		return NULL;
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
	e->vlen = val ? strlen(val) : 0;
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
			stats.evictions++;
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

/* ---- checks ---- */

static int failures;

static void fail(const char *fmt, ...)
{
	va_list ap;
	if (failures++ >= 60)
		return;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

#define CHECK_INT(what, got, want)                                                                   \
	do {                                                                                         \
		long long g_ = (long long)(got), w_ = (long long)(want);                             \
		if (g_ != w_)                                                                        \
			fail("%s: got %lld, want %lld", what, g_, w_);                               \
	} while (0)

static void check_str(const char *what, const char *got, const char *want)
{
	if (got == NULL || want == NULL) {
		if (got != want)
			fail("%s: got %s, want %s", what, got ? got : "NULL", want ? want : "NULL");
	} else if (strcmp(got, want) != 0) {
		fail("%s: got \"%s\", want \"%s\"", what, got, want);
	}
}

static const char *key_of(int i)
{
	static char buf[32];
	snprintf(buf, sizeof buf, "user:%03d", i);
	return buf;
}

static int deleted(int i) { return i % 50 == 49; }

/* want_val is what version 1 held for key i (NULL: no value). */
static const char *want_val(int i)
{
	static char buf[64];
	if (i == 5)
		return "updated";
	if (i % 17 == 0)
		return NULL;
	snprintf(buf, sizeof buf, "value of user %d", i * 7);
	return buf;
}

static const char *state_name(enum conn_state s)
{
	switch (s) {
	case CONN_CLOSING: return "CONN_CLOSING";
	case CONN_ACCEPTED: return "CONN_ACCEPTED";
	case CONN_TLS_HANDSHAKE: return "CONN_TLS_HANDSHAKE";
	case CONN_READING: return "CONN_READING";
	case CONN_WRITING: return "CONN_WRITING";
	}
	return "(no enumerator)";
}

static void check_table(void)
{
	char what[96];
	int i, b, walked = 0, live = 0;

	CHECK_INT("store.nbuckets", store.nbuckets, 64);
	CHECK_INT("hash_seed", hash_seed, 0x9747b28cu);
	if (store.buckets == NULL || store.nbuckets != 64) {
		fail("store.buckets: got %p with %d buckets, want 64 buckets", (void *)store.buckets, store.nbuckets);
		return;
	}
	for (b = 0; b < store.nbuckets; b++) {
		struct entry *e;
		for (e = store.buckets[b]; e != NULL && walked <= 1000; e = e->next, walked++) {
			if (e->key == NULL) {
				fail("store.buckets[%d] entry: got key NULL, want a key", b);
				continue;
			}
			snprintf(what, sizeof what, "entry \"%s\".hash", e->key);
			CHECK_INT(what, e->hash, hash(e->key));
			if (e->hash % 64u != (unsigned)b)
				fail("entry \"%s\": got it in bucket %d, want bucket %u", e->key, b, e->hash % 64u);
		}
	}
	for (i = 0; i < 300; i++) {
		struct entry *e = lookup(key_of(i));
		const char *v = want_val(i);
		if (deleted(i)) {
			if (e != NULL)
				fail("entry \"%s\": got an entry, want none (deleted by version 1)", key_of(i));
			continue;
		}
		live++;
		if (e == NULL) {
			fail("entry \"%s\": got no entry, want one", key_of(i));
			continue;
		}
		snprintf(what, sizeof what, "entry \"%s\".val", key_of(i));
		check_str(what, e->val, v);
		snprintf(what, sizeof what, "entry \"%s\".vlen (INIT: strlen of val)", key_of(i));
		CHECK_INT(what, e->vlen, v ? strlen(v) : 0);
	}
	CHECK_INT("store.count", store.count, live);
	CHECK_INT("number of entries in the buckets", walked, live);
}

static void check_conns(void)
{
	static const enum conn_state states[5] = { CONN_ACCEPTED, CONN_READING, CONN_WRITING, CONN_CLOSING,
						   CONN_READING };
	struct conn *c = conns;
	char what[64];
	int i;

	CHECK_INT("nconns", nconns, 5);
	for (i = 4; i >= 0; i--, c = c->next) {
		if (c == NULL) {
			fail("conns: got %d connections, want 5", 4 - i);
			return;
		}
		snprintf(what, sizeof what, "conn fd %d .fd", 10 + i);
		CHECK_INT(what, c->fd, 10 + i);
		if (c->state != states[i])
			fail("conn fd %d .state: got %d (%s), want %d (%s)", 10 + i, (int)c->state,
			     state_name(c->state), (int)states[i], state_name(states[i]));
		snprintf(what, sizeof what, "conn fd %d .reqs", 10 + i);
		CHECK_INT(what, c->reqs, i * 7);
		snprintf(what, sizeof what, "conn fd %d .bytes_in (INIT)", 10 + i);
		CHECK_INT(what, c->bytes_in, 0);
		snprintf(what, sizeof what, "conn fd %d .last_active", 10 + i);
		CHECK_INT(what, c->last_active, 1700000123L - i);
		if (i % 2 == 0) {
			struct entry *want = lookup(key_of(i * 10 + 1));
			if (c->last_touched != want || want == NULL)
				fail("conn fd %d .last_touched: got %p, want %p (the table's entry \"%s\")", 10 + i,
				     (void *)c->last_touched, (void *)want, key_of(i * 10 + 1));
		} else if (c->last_touched != NULL) {
			fail("conn fd %d .last_touched: got %p, want NULL", 10 + i, (void *)c->last_touched);
		}
	}
	if (c != NULL)
		fail("conns: got more than 5 connections, want 5");
}

static void check_commands(void)
{
	static const char *names[4] = { "get", "set", "del", "stats" };
	static const cmd_fn fns[4] = { cmd_get, cmd_set, cmd_del, cmd_stats };
	static const int min_args[4] = { 1, 2, 1, 0 };
	static const int writes[4] = { 0, 1, 1, 0 };
	char what[64];
	int i;

	for (i = 0; i < 4; i++) {
		snprintf(what, sizeof what, "commands[%d].name", i);
		check_str(what, commands[i].name, names[i]);
		if (commands[i].run != fns[i])
			fail("commands[%d].run: got %p, want %p (version 2's %s)", i, *(void **)&commands[i].run,
			     *(void **)&fns[i], names[i]);
		snprintf(what, sizeof what, "commands[%d].min_args", i);
		CHECK_INT(what, commands[i].min_args, min_args[i]);
		snprintf(what, sizeof what, "commands[%d].writes (INIT)", i);
		CHECK_INT(what, commands[i].writes, writes[i]);
	}
}

/* After the update, version 2 serves requests on the migrated state. */
static void serve(void)
{
	long gets = stats.gets, sets = stats.sets;
	struct entry *e;

	if (failures > 0 || commands[0].run != cmd_get || commands[1].run != cmd_set || commands[2].run != cmd_del)
		return; /* the state is already known to be wrong */
	CHECK_INT("get user:007 after the update", commands[0].run("user:007", NULL), 1);
	CHECK_INT("get user:049 after the update (deleted)", commands[0].run("user:049", NULL), 0);
	CHECK_INT("stats.gets after two gets", stats.gets, gets + 2);
	commands[1].run("user:500", "fresh");
	commands[1].run("user:008", "replaced");
	CHECK_INT("stats.sets after two sets", stats.sets, sets + 2);
	e = lookup("user:008");
	if (e == NULL)
		fail("entry \"user:008\" after set: got none, want one");
	else
		CHECK_INT("entry \"user:008\".vlen after set", e->vlen, 8);
	CHECK_INT("del user:010 after the update", commands[2].run("user:010", NULL), 1);
	CHECK_INT("get user:010 after del", commands[0].run("user:010", NULL), 0);
	CHECK_INT("stats.evictions after one del", stats.evictions, 1);
	CHECK_INT("store.count after one insert and one delete", commands[3].run(NULL, NULL), 300 - 6);
}

int test_check(void)
{
	long gets = 0, hits = 0;
	int i;

	check_table();
	check_conns();
	check_commands();

	CHECK_INT("cfg.port", cfg.port, 6379);
	CHECK_INT("cfg.max_clients (was max_conns)", cfg.max_clients, 128);
	CHECK_INT("cfg.idle_timeout_ms (idle_timeout * 1000)", cfg.idle_timeout_ms, 30000);
	check_str("cfg.data_dir", cfg.data_dir, "/var/lib/kvserver");
	CHECK_INT("now", now, 1700000123L);
	CHECK_INT("uptime_base (INIT from $oldsym(now))", uptime_base, 1700000123L);

	for (i = 0; i < 400; i += 3) {
		gets++;
		hits += i < 300 && !deleted(i);
	}
	CHECK_INT("stats.gets (int -> long)", stats.gets, gets);
	CHECK_INT("stats.sets (int -> long)", stats.sets, 301);
	CHECK_INT("stats.hits (int -> long)", stats.hits, hits);
	CHECK_INT("stats.misses (int -> long)", stats.misses, gets - hits);
	CHECK_INT("stats.evictions (INIT)", stats.evictions, 0);

	serve();
	if (failures > 60)
		fprintf(stderr, "(%d more mismatches not printed)\n", failures - 60);
	return failures;
}
