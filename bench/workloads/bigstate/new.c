#include <string.h>
#include "new.h"
#include "../bench.h"
#include "state.h"

struct store store;
struct record *recent;
struct config config;
struct session *sessions;

int test_check(void)
{
	long i, n = bench_n();
	char d[80];
	struct record *r = store.first;
	struct session *s = sessions;
	CHECK(store.count, n, "store.count");
	for (i = 0; i < n && r != NULL; i++, r = r->next) {
		CHECK(r->id, (long)scatter((unsigned long)i), "record %ld .id", i);
		record_data(d, i);
		CHECK(memcmp(r->data, d, sizeof d), 0, "record %ld .data", i);
		if (i == n / 2)
			CHECKP(recent, r, "recent (the record in the middle of the store)");
	}
	CHECK(i, n, "records in the store");
	CHECK(config.port, 8080, "config.port");
	CHECK(config.workers, 16, "config.workers");
	CHECK(config.timeout_ms, 30000, "config.timeout_ms");
	for (i = 0; i < NSESSIONS && s != NULL; i++, s = s->next) {
		CHECK(s->fd, i + 3, "session %ld .fd", i);
		CHECK(s->last_seen, -1, "session %ld .last_seen", i);
	}
	CHECK(i, NSESSIONS, "sessions");
	CHECKP(s, NULL, "the last session's next");
	return check_done();
}
