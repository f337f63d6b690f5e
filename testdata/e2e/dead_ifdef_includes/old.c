#include "old.h"
#include "../check.h"

struct queue jobs = { .lock = PTHREAD_MUTEX_INITIALIZER };

void test_setup(void)
{
	jobs.depth = 17;
}
