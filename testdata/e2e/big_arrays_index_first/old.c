#include <stdlib.h>
#include "old.h"
#include "../check.h"

#define N 2000000L

struct store store;

void test_setup(void)
{
	long i;
	store.n = N;
	store.items = malloc(N * sizeof *store.items);
	store.index = malloc(N * sizeof *store.index);
	if (store.items == NULL || store.index == NULL)
		abort();
	for (i = 0; i < N; i++) {
		store.items[i].key = (int)i;
		store.items[i].val = (int)(i * 7 % 1000003) - 500000;
		store.index[i] = &store.items[N - 1 - i];
	}
}

int test_old_intact(void)
{
	check_ptr("old store.index[0]", store.index[0], &store.items[N - 1]);
	check_int("old store.items[5].val", store.items[5].val, 35 - 500000);
	return check_done();
}
