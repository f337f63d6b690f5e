#include "new.h"
#include "../check.h"

struct vec inventory = { -1, NULL };
struct vec *pvec;
struct vec empty_vec = { -1, NULL };
struct item *fixed4;

static void check_items(const char *what, const struct item *v, int n, int first)
{
	char w[64];
	int i;
	snprintf(w, sizeof w, "%s", what);
	if (!check_nonnull(w, v))
		return;
	for (i = 0; i < n; i++) {
		check_int(F("%s[%d].id", w, i), v[i].id, first + i);
		check_dbl(F("%s[%d].price", w, i), v[i].price, (double)(0.5f * (float)(first + i)));
		check_int(F("%s[%d].qty (INIT)", w, i), v[i].qty, (first + i) % 3 + 1);
	}
}

int test_check(void)
{
	check_int("inventory.n", inventory.n, 37);
	check_items("inventory.items", inventory.items, 37, 100);
	if (check_nonnull("pvec", pvec)) {
		check_int("pvec->n", pvec->n, 1);
		check_items("pvec->items", pvec->items, 1, 7);
	}
	check_int("empty_vec.n", empty_vec.n, 0);
	check_ptr("empty_vec.items", empty_vec.items, NULL);
	check_items("fixed4", fixed4, 4, 40);
	return check_done();
}
