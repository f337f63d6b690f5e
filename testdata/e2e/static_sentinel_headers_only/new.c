#include <stdio.h>
#include "new.h"

static struct qnode sentinel = { -1, 0, &sentinel };
struct qnode *queue_head = &sentinel;

int test_check(void)
{
	int fails = 0, i = 1;
	struct qnode *n;
	for (n = queue_head; n != &sentinel && i <= 6; n = n->next, i++)
		if (n->job != i * 11) {
			fprintf(stderr, "node %d job: got %d, want %d\n", i, n->job, i * 11);
			fails++;
		}
	if (n != &sentinel) {
		fprintf(stderr, "queue does not end at the new sentinel\n");
		fails++;
	}
	return fails;
}
