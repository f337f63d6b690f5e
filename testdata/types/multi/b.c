#include "common.h"

size_t count = 0;
static long counter;

struct stat_block {
	double mean;
};
static struct stat_block stats;

void reset(void)
{
	static struct node *last;
	last = head;
	counter = 0;
	(void)stats;
}

int run(void)
{
	struct args {
		char *argv[4];
	} a = {{0}};
	return a.argv[0] != 0;
}
