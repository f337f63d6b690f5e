#include <stdlib.h>
#include "../old.h"

static struct qnode sentinel;
static struct qnode *tail = &sentinel;

static void push(int job)
{
	struct qnode *n = malloc(sizeof *n);
	n->job = job;
	n->next = &sentinel;
	tail->next = n;
	tail = n;
}

void queue_init(void)
{
	int i;
	sentinel.job = -1;
	sentinel.next = &sentinel;
	for (i = 1; i <= 5; i++)
		push(i * 11);
}
