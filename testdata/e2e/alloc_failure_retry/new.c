#include "new.h"
#include "../check.h"

struct node *head;
long count;

/* Run after the second, successful xf_migrate. */
int test_check(void)
{
	struct node *n = head;
	long i = 0;
	for (; n != NULL && i < 2000000; n = n->next, i++)
		if (n->val != i)
			break;
	check_int("nodes in order", i, 2000000);
	check_int("count", count, 2000000);
	return check_done();
}
