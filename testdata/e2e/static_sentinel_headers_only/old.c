#include <stdlib.h>
#include "old.h"

static struct qnode sentinel = { -1, &sentinel };
struct qnode *queue_head = &sentinel;

void test_setup(void)
{
	int i;
	for (i = 5; i >= 1; i--) {
		struct qnode *n = malloc(sizeof *n);
		n->job = i * 11;
		n->next = queue_head;
		queue_head = n;
	}
}

/* After the failed update the old version runs on: its queue must be
 * as test_setup left it. */
int test_old_intact(void)
{
	int i = 1;
	struct qnode *n;
	for (n = queue_head; n != &sentinel; n = n->next, i++)
		if (n->job != i * 11)
			return 1;
	return i == 6 ? 0 : 1;
}
