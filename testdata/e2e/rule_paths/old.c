#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct cell cells[3];
struct server srv;
temp_t outside;
struct sensor sensors[2];
struct box *boxed;

void test_setup(void)
{
	struct item *it = malloc(sizeof *it);
	cells[0].tag = 0;
	cells[0].v.i = -123456;
	cells[1].tag = 1;
	cells[1].v.f = 2.5f;
	cells[2].tag = 0;
	cells[2].v.i = 7;
	srv.id = 1;
	srv.stats.hits = 321;
	srv.stats.misses = 12;
	outside = 212;
	sensors[0].id = 1;
	sensors[0].reading = 32;
	sensors[1].id = 2;
	sensors[1].reading = -40;
	it->id = 66;
	boxed = malloc(sizeof *boxed);
	boxed->data = it;
	boxed->count = 1;
}

int test_old_intact(void)
{
	check_int("old cells[1].v.i (the float's bits)", cells[1].tag, 1);
	check_int("old srv.stats.hits", srv.stats.hits, 321);
	check_int("old outside", outside, 212);
	check_int("old boxed->count", boxed->count, 1);
	return check_done();
}
