#include <stdlib.h>
#include "old.h"
#include "../check.h"

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

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	struct node *n = head;
	long i = 0;
	for (; n != NULL && i <= 2000000; n = n->next, i++)
		if (!check_int(F("old node %ld .val", i), n->val, i))
			break;
	check_int("old list length", i, 2000000);
	check_int("old count", count, 2000000);
	return check_done();
}
