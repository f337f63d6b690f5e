#include "old.h"
struct pool pool;
void test_setup(void) { pool.slots[3] = 9; }
