#include "new.h"
#include "../check.h"

#define N 2000000L

struct store store;

int test_check(void)
{
	long i;
	check_int("store.n", store.n, N);
	if (!check_nonnull("store.items", store.items) || !check_nonnull("store.index", store.index) || store.n != N)
		return check_done();
	for (i = 0; i < N; i++) {
		check_int(F("store.items[%ld].key", i), store.items[i].key, i);
		check_int(F("store.items[%ld].val", i), store.items[i].val, i * 7 % 1000003 - 500000);
		check_ptr(F("store.index[%ld] (&store.items[%ld] of the new block)", i, N - 1 - i), store.index[i],
			  &store.items[N - 1 - i]);
	}
	return check_done();
}
