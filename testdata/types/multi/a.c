#include "common.h"

struct node *head;
static int counter;

int bump(void)
{
	static int calls;
	calls++;
	return ++counter + calls + hits;
}
