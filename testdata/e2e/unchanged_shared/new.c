#include "new.h"
#include "../check.h"

struct blob *shared_blob;
struct holder holders[2];
struct holder *hp;
unsigned long blob_addr[2];

int test_check(void)
{
	struct blob *b0 = (struct blob *)blob_addr[0], *b1 = (struct blob *)blob_addr[1];

	if (!check_nonnull("blob_addr[0]", b0) || !check_nonnull("blob_addr[1]", b1))
		return check_done();
	check_ptr("shared_blob (unchanged type: the old object, in place)", shared_blob, b0);
	check_ptr("holders[0].b (unchanged type inside a changed struct)", holders[0].b, b0);
	check_ptr("holders[1].b", holders[1].b, b1);
	check_int("holders[0].x", holders[0].x, -1);
	check_int("holders[1].x", holders[1].x, 2);
	if (check_nonnull("hp", hp)) {
		check_int("hp->x", hp->x, 3);
		check_ptr("hp->b", hp->b, b1);
	}
	check_int("blob 0 .len", b0->len, 5);
	check_int("blob 0 .bytes[0]", b0->bytes[0], 'h');
	check_ptr("blob 0 .next", b0->next, b1);
	check_ptr("blob 1 .next", b1->next, b0);
	return check_done();
}
