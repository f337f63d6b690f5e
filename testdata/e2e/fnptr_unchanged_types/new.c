#define _GNU_SOURCE
#include <dlfcn.h>
#include "new.h"
#include "../check.h"

int op_open(int x) { return x + 101; }
int op_close(int x) { return x + 102; }
int op_reset(int x) { return x + 103; }

struct ops ops;
struct ops *ops_ptr;
op_fn table[3];
int (*raw_fp)(int);
struct ops ops_list[2];

static const char *fname(op_fn f)
{
	Dl_info info;
	if (f == NULL)
		return "NULL";
	if (dladdr(*(void **)&f, &info) == 0 || info.dli_sname == NULL)
		return "not a known function";
	return F("%s in %s", info.dli_sname, info.dli_fname);
}

static void check_fn(const char *field, op_fn got, op_fn want)
{
	if (got != want)
		check_fail(field, "got %p (%s), want %p (%s)", *(void **)&got, fname(got), *(void **)&want,
			   fname(want));
}

int test_check(void)
{
	check_fn("ops.open", ops.open, op_open);
	check_fn("ops.close", ops.close, op_close);
	check_int("ops.flags", ops.flags, 5);
	if (check_nonnull("ops_ptr", ops_ptr)) {
		check_fn("ops_ptr->open", ops_ptr->open, op_reset);
		check_fn("ops_ptr->close", ops_ptr->close, NULL);
		check_int("ops_ptr->flags", ops_ptr->flags, 6);
	}
	check_fn("table[0]", table[0], op_close);
	check_fn("table[1]", table[1], NULL);
	check_fn("table[2]", table[2], op_open);
	check_fn("raw_fp", raw_fp, op_reset);
	check_fn("ops_list[0].open", ops_list[0].open, op_open);
	check_fn("ops_list[1].open", ops_list[1].open, op_reset);
	return check_done();
}
