#include "new.h"
#include "../check.h"

struct pair *users;
struct pair *reverse;
unsigned long blob0_addr;

int test_check(void)
{
	struct pair *p = users, *r = reverse;
	int i;
	for (i = 0; i < 4; i++) {
		struct ukey *k;
		struct blob *b;
		if (!check_nonnull(F("users node %d", i), p) || !check_nonnull(F("reverse node %d", i), r) ||
		    !check_nonnull(F("users node %d .key", i), p->key) ||
		    !check_nonnull(F("users node %d .val", i), p->val))
			return check_done();
		k = p->key;
		b = p->val;
		check_int(F("users node %d .key->uid (@k = struct ukey)", i), k->uid, 500 + i);
		check_int(F("users node %d .key->shard", i), k->shard, i - 2);
		check_int(F("users node %d .val->bytes[0] (@v = struct blob)", i), b->bytes[0], 'a' + i);
		check_ptr(F("reverse node %d .key (the same blob as users node %d .val)", i, i), r->key, b);
		check_ptr(F("reverse node %d .val (the same ukey as users node %d .key)", i, i), r->val, k);
		if (i == 0)
			check_ptr("users node 0 .val (unchanged type: the old blob, in place)", b, (void *)blob0_addr);
		p = p->next;
		r = r->next;
	}
	check_ptr("users node 3 .next", p, NULL);
	check_ptr("reverse node 3 .next", r, NULL);
	return check_done();
}
