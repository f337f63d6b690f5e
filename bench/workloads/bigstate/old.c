#include "old.h"
#include "../bench.h"
#include "state.h"

struct store store;
struct record *recent;
struct config config;
struct session *sessions;

void test_setup(void)
{
	long i, n = bench_n();
	struct record **link = &store.first;
	struct session **sl = &sessions;
	for (i = 0; i < n; i++) {
		struct record *r = malloc(sizeof *r);
		if (r == NULL)
			abort();
		r->id = (long)scatter((unsigned long)i);
		r->next = NULL;
		record_data(r->data, i);
		*link = r;
		link = &r->next;
		if (i == n / 2)
			recent = r;
	}
	store.count = n;
	config.port = 8080;
	config.workers = 16;
	for (i = 0; i < NSESSIONS; i++) {
		struct session *s = malloc(sizeof *s);
		if (s == NULL)
			abort();
		s->fd = (int)i + 3;
		s->next = NULL;
		*sl = s;
		sl = &s->next;
	}
}
