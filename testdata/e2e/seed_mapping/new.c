#include <stdlib.h>
#include "new.h"
#include "../check.h"

int c_size = 16;
struct list *mapping;

static int counter(int k) { return k % 7 == 3 ? k * 11 + 1 : 0; }

int test_check(void)
{
	struct list *l = mapping;
	int k, n = 0;

	check_int("c_size", c_size, 200);
	/* The rule prepends, so the keys come out in descending order. */
	for (k = 199; k >= 0; k--) {
		if (counter(k) == 0)
			continue;
		if (!check_nonnull(F("mapping entry #%d (key %d)", n, k), l))
			return check_done();
		check_int(F("mapping entry #%d .key", n), l->key, k);
		check_int(F("mapping entry #%d .val", n), l->val, counter(k));
		l = l->next;
		n++;
	}
	check_ptr(F("mapping entry #%d (past the last key)", n), l, NULL);
	return check_done();
}
