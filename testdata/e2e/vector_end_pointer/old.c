#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct vec vec;

void test_setup(void)
{
	int i;
	vec.n = 5;
	vec.items = malloc(5 * sizeof *vec.items);
	for (i = 0; i < 5; i++) {
		vec.items[i].id = i + 1;
		vec.items[i].w = 10 * (i + 1);
	}
	vec.cur = &vec.items[2];
	vec.end = vec.items + vec.n;
}

int test_old_intact(void)
{
	check_ptr("old vec.cur", vec.cur, &vec.items[2]);
	check_ptr("old vec.end", vec.end, vec.items + 5);
	return check_done();
}
