#include <stdlib.h>
#include "old.h"

struct after after;
struct widened widened;
struct renamed renamed;
struct ptrs ptrs;
struct item *fixed;
struct after empty;

static struct item *items(int n, int first)
{
	struct item *v = malloc(n > 0 ? (size_t)n * sizeof *v : 1);
	int i;
	for (i = 0; i < n; i++) {
		v[i].id = first + i;
		v[i].w = (short)(-(first + i));
	}
	return v;
}

void test_setup(void)
{
	struct item *a = items(1, 900), *b = items(1, 901);
	after.count = 5;
	after.items = items(5, 10);
	widened.n = 300;
	widened.items = items(300, 1000);
	renamed.len = 4;
	renamed.items = items(4, 20);
	ptrs.n = 5;
	ptrs.refs = malloc(5 * sizeof *ptrs.refs);
	ptrs.refs[0] = a;
	ptrs.refs[1] = NULL;
	ptrs.refs[2] = b;
	ptrs.refs[3] = a;
	ptrs.refs[4] = NULL;
	fixed = items(NSLOTS, 30);
	empty.count = 0;
	empty.items = items(0, 0); /* not NULL, no elements */
}
