#include "common.h"

struct node *head;
static int counter;

int bump(void)
{
	static int calls;
	calls++;
	return ++counter + calls + hits;
}

/* A type of a function's own, with the same tag as one in b.c. */
int parse(void)
{
	struct args {
		int argc;
	} a = {0};
	return a.argc;
}
