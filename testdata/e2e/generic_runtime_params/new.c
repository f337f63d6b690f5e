#include "new.h"
#include "../check.h"

struct list *items, *raws;

int test_check(void)
{
	struct list *l;
	int i = 1;
	for (l = items; l != NULL && i <= 3; l = l->next, i++) {
		const struct item *it = l->data;
		int want = i == 3 ? 1 : i;
		if (!check_nonnull("items node data", it))
			return check_done();
		check_int("item id", it->id, want);
		check_int("item count (a long now)", it->count, 10 * want);
	}
	check_int("items length", i, 4);
	check_ptr("items end", l, NULL);
	if (items && items->next && items->next->next)
		check_ptr("the shared item", items->next->next->data, items->data);
	i = 1;
	for (l = raws; l != NULL && i <= 3; l = l->next, i++) {
		if (!check_nonnull("raws node data", l->data))
			return check_done();
		check_int("raw value (XF_RAW)", *(int *)l->data, 100 + i);
	}
	check_int("raws length", i, 4);
	return check_done();
}
