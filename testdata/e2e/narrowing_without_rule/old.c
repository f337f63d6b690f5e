#include "old.h"
struct counter counters[2];
void test_setup(void) { counters[0].bytes_total = 1L << 40; }
