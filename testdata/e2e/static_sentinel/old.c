#include "old.h"

void test_setup(void) { queue_init(); }
