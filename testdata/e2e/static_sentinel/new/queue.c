#include <stdlib.h>
#include "../new.h"

static struct qnode sentinel = { &sentinel, -1, 0 };
static struct qnode *tail = &sentinel;

int queue_length(int limit)
{
	int n = 0;
	struct qnode *q;
	for (q = sentinel.next; q != &sentinel && n < limit; q = q->next)
		n++;
	return n;
}

long queue_sum(int limit)
{
	long s = 0;
	int n = 0;
	struct qnode *q;
	for (q = sentinel.next; q != &sentinel && n < limit; q = q->next, n++)
		s += q->job;
	return s;
}

struct qnode *queue_sentinel(void) { return &sentinel; }
struct qnode *queue_head(void) { return sentinel.next; }

void queue_push(long job)
{
	struct qnode *n = calloc(1, sizeof *n);
	if (n == NULL)
		return;
	n->job = job;
	n->next = &sentinel;
	tail->next = n;
	tail = n;
}
