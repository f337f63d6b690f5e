#include "new.h"
#include "../check.h"

int op_a(int x) { return x + 101; }
int op_b(int x) { return x + 102; }

/* Version 2's table swaps the handlers: its own values must stay. */
const struct ops default_ops = { op_b, op_a, 2 };
const char rev[] = "2.0.1";
const struct limits limits = { 20, 5 };
const int build_id = 2;
const struct ops *cur_ops;
long requests;

int test_check(void)
{
	check_int("requests", requests, 77);
	check_ptr("cur_ops (&default_ops of the new version)", cur_ops, &default_ops);
	check_str("rev (const: the new version's own)", rev, "2.0.1");
	check_int("limits.max (const)", limits.max, 20);
	check_int("limits.burst (const)", limits.burst, 5);
	check_int("build_id (const: the new version's own)", build_id, 2);
	check_int("default_ops.flags (const: the new version's own)", default_ops.flags, 2);
	if (default_ops.first != op_b)
		check_fail("default_ops.first (const: the new version's own)", "got %p, want %p (version 2's op_b)",
			   *(void **)&default_ops.first, *(void **)&(op_fn){ op_b });
	return check_done();
}
