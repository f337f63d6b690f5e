#include "new.h"
#include "../check.h"

struct box *conns;

int test_check(void)
{
	struct box *b = conns;
	int i;
	for (i = 0; i < 3; i++) {
		if (!check_nonnull(F("box %d", i), b) || !check_nonnull(F("box %d data", i), b->data))
			return check_done();
		check_int(F("box %d fd", i), ((struct session *)b->data)->fd, 10 + i);
		b = b->next;
	}
	check_ptr("the last box's next", b, NULL);
	return check_done();
}
