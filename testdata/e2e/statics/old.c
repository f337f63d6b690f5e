#include "old.h"

void test_setup(void) { server_init(); }
