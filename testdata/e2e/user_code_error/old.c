#include "old.h"
struct rec recs[2];
void test_setup(void) { recs[0].a = 1; recs[1].a = 2; }
