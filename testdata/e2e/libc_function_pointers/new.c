#include <stdlib.h>
#include <string.h>
#include "new.h"
#include "../check.h"

struct sorter sorters[2];
cmp_fn default_cmp;
size_t (*len_fn)(const char *);

static void *fp(void (*f)(void)) { return *(void **)&f; }
#define FP(f) fp((void (*)(void))(f))

int test_check(void)
{
	check_int("sorters[0].dir", sorters[0].dir, 1);
	check_ptr("sorters[0].cmp (libc strcmp)", FP(sorters[0].cmp), FP(strcmp));
	check_ptr("sorters[0].release (libc free)", FP(sorters[0].release), FP(free));
	check_int("sorters[1].dir", sorters[1].dir, -1);
	check_ptr("sorters[1].cmp", FP(sorters[1].cmp), NULL);
	check_ptr("sorters[1].release (libc free)", FP(sorters[1].release), FP(free));
	check_ptr("default_cmp (libc strcmp)", FP(default_cmp), FP(strcmp));
	check_ptr("len_fn (libc strlen)", FP(len_fn), FP(strlen));
	return check_done();
}
