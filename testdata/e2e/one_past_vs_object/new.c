#include "new.h"
#include "../check.h"

struct holder h;
struct holder *hp;
struct item *pb;
struct item *hpb;

int test_check(void)
{
	check_int("h.a[0].id", h.a[0].id, 1);
	check_int("h.a[1].id", h.a[1].id, 2);
	check_int("h.b.id", h.b.id, 3);
	check_int("h.tail", h.tail, 4);
	check_ptr("pb (&h.b of the new h)", pb, &h.b);
	if (check_nonnull("hp", hp)) {
		check_int("hp->b.id", hp->b.id, 33);
		check_ptr("hpb (&hp->b of the new holder)", hpb, &hp->b);
	}
	return check_done();
}
