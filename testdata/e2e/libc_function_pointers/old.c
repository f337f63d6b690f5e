#include <stdlib.h>
#include <string.h>
#include "old.h"

struct sorter sorters[2];
cmp_fn default_cmp;
size_t (*len_fn)(const char *);

void test_setup(void)
{
	sorters[0].dir = 1;
	sorters[0].cmp = strcmp;
	sorters[0].release = free;
	sorters[1].dir = -1;
	sorters[1].cmp = NULL;
	sorters[1].release = free;
	default_cmp = strcmp;
	len_fn = strlen;
}
