#include "old.h"
struct account accounts[2];
void test_setup(void) { accounts[0].balance = 3000000000u; }
