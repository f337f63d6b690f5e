#include "new.h"
#include "../check.h"

struct after after;
struct widened widened;
struct renamed renamed;
struct ptrs ptrs;
struct item *fixed;
struct after empty = { 0, -1 };

static void check_items(const char *what, const struct item *v, int n, int first)
{
	char w[64];
	int i;
	snprintf(w, sizeof w, "%s", what);
	if (!check_nonnull(w, v))
		return;
	for (i = 0; i < n; i++) {
		check_int(F("%s[%d].id", w, i), v[i].id, first + i);
		check_int(F("%s[%d].w", w, i), v[i].w, -(first + i));
	}
}

int test_check(void)
{
	check_int("after.count", after.count, 5);
	check_items("after.items (count after the pointer)", after.items, 5, 10);
	check_int("widened.n (short -> long)", widened.n, 300);
	check_items("widened.items", widened.items, 300, 1000);
	check_int("renamed.size (was len)", renamed.size, 4);
	check_items("renamed.items (count field renamed)", renamed.items, 4, 20);
	check_uint("ptrs.n", ptrs.n, 5);
	if (check_nonnull("ptrs.refs", ptrs.refs)) {
		check_items("ptrs.refs[0]", ptrs.refs[0], 1, 900);
		check_ptr("ptrs.refs[1]", ptrs.refs[1], NULL);
		check_items("ptrs.refs[2]", ptrs.refs[2], 1, 901);
		check_ptr("ptrs.refs[3] (the same item as ptrs.refs[0])", ptrs.refs[3], ptrs.refs[0]);
		check_ptr("ptrs.refs[4]", ptrs.refs[4], NULL);
	}
	check_items("fixed (E_ARRAY(NSLOTS))", fixed, 3, 30);
	check_int("empty.count", empty.count, 0);
	return check_done();
}
