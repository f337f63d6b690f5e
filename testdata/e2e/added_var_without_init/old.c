#include "old.h"
int requests;
void test_setup(void) { requests = 12; }
