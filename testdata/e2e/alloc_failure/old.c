#include <stdlib.h>
#include "old.h"

struct node *head;
long count;

void test_setup(void)
{
	struct node **link = &head;
	long i;
	for (i = 0; i < 2000000; i++) {
		struct node *n = malloc(sizeof *n);
		if (n == NULL)
			abort();
		n->val = (int)i;
		n->next = NULL;
		*link = n;
		link = &n->next;
	}
	count = i;
}
