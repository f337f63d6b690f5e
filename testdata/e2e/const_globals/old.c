#include "old.h"
#include "../check.h"

int op_a(int x) { return x + 1; }
int op_b(int x) { return x + 2; }

const struct ops default_ops = { op_a, op_b, 1 };
const char rev[] = "1.0";
const struct limits limits = { 10 };
const int build_id = 1;
const struct ops *cur_ops;
int requests;

void test_setup(void)
{
	cur_ops = &default_ops;
	requests = 77;
}

int test_old_intact(void)
{
	check_ptr("old cur_ops", cur_ops, &default_ops);
	check_int("old build_id", build_id, 1);
	return check_done();
}
