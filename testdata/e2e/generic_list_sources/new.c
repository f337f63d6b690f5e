#include "new.h"
#include "../check.h"

struct list *items;
struct list *tags;
unsigned long tag0_addr;

int test_check(void)
{
	struct list *l = items;
	struct item *shared = NULL;
	int i;

	for (i = 0; i < 6; i++) {
		struct item *it;
		int id = i == 4 ? 2 : i;
		if (!check_nonnull(F("items node %d", i), l) || !check_nonnull(F("items node %d .data", i), l->data))
			return check_done();
		it = l->data;
		check_int(F("items node %d .data->id", i), it->id, id);
		check_int(F("items node %d .data->qty", i), it->qty, id == 2 ? 20 : id * 10 - 25);
		if (i == 2)
			shared = it;
		if (i == 4)
			check_ptr("items node 4 .data (the same item as node 2's)", it, shared);
		l = l->next;
	}
	check_ptr("items node 5 .next", l, NULL);

	/* struct tag did not change: the tags stay where they are. */
	if (tags != NULL)
		check_ptr("tags node 0 .data (unchanged type: the old object, in place)", tags->data,
			  (void *)tag0_addr);
	l = tags;
	for (i = 0; i < 3; i++) {
		struct tag *t;
		if (!check_nonnull(F("tags node %d", i), l) || !check_nonnull(F("tags node %d .data", i), l->data))
			return check_done();
		t = l->data;
		check_int(F("tags node %d .data->text[0]", i), t->text[0], 'x' + i);
		l = l->next;
	}
	check_ptr("tags node 2 .next", l, NULL);
	return check_done();
}
