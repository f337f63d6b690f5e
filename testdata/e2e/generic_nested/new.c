#include "new.h"
#include "../check.h"

struct list *buckets;

int test_check(void)
{
	struct list *bl = buckets;
	int b, i;
	for (b = 0; b < 3; b++) {
		struct bucket *bk;
		struct list *il;
		if (!check_nonnull(F("buckets node %d", b), bl) || !check_nonnull(F("buckets node %d .data", b), bl->data))
			return check_done();
		bk = bl->data;
		check_int(F("bucket %d .no", b), bk->no, b);
		check_int(F("bucket %d .size (INIT)", b), bk->size, b + 1);
		il = bk->items;
		for (i = 0; i <= b; i++) {
			struct item *it;
			if (!check_nonnull(F("bucket %d items node %d", b, i), il) ||
			    !check_nonnull(F("bucket %d items node %d .data", b, i), il->data))
				return check_done();
			it = il->data;
			check_int(F("bucket %d item %d .id", b, i), it->id, 100 * b + i);
			check_int(F("bucket %d item %d .qty", b, i), it->qty, -i);
			il = il->next;
		}
		check_ptr(F("bucket %d items end", b), il, NULL);
		bl = bl->next;
	}
	check_ptr("buckets end", bl, NULL);
	return check_done();
}
