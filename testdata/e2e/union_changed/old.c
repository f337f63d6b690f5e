#include "old.h"
union payload last_payload;
void test_setup(void) { last_payload.i = 3; }
