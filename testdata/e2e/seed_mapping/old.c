#include <stdlib.h>
#include "old.h"

int c_size;
int *mapping;

/* counter(k) is what key k counted; zero for most keys. */
static int counter(int k) { return k % 7 == 3 ? k * 11 + 1 : 0; }

void test_setup(void)
{
	int k;
	c_size = 200;
	mapping = malloc((size_t)c_size * sizeof *mapping);
	for (k = 0; k < c_size; k++)
		mapping[k] = counter(k);
}
