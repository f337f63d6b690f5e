#include <stdlib.h>
#include "old.h"

int op_open(int x) { return x + 1; }
int op_close(int x) { return x + 2; }
int op_reset(int x) { return x + 3; }

struct ops ops;
struct ops *ops_ptr;
op_fn table[3];
int (*raw_fp)(int);
struct ops ops_list[2];

void test_setup(void)
{
	ops.open = op_open;
	ops.close = op_close;
	ops.flags = 5;
	ops_ptr = malloc(sizeof *ops_ptr);
	ops_ptr->open = op_reset;
	ops_ptr->close = NULL;
	ops_ptr->flags = 6;
	table[0] = op_close;
	table[1] = NULL;
	table[2] = op_open;
	raw_fp = op_reset;
	ops_list[0] = ops;
	ops_list[1] = *ops_ptr;
}
