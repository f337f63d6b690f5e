#include "old.h"
int counter;
void test_setup(void) { counter = 1; }
