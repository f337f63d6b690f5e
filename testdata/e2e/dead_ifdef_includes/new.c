#include "new.h"
#include "../check.h"

struct queue jobs = { .lock = PTHREAD_MUTEX_INITIALIZER };

int test_check(void)
{
	check_int("jobs.depth (widened)", jobs.depth, 17);
	if (pthread_mutex_trylock(&jobs.lock) != 0)
		check_fail("jobs.lock", "the migrated mutex is not unlocked");
	else
		pthread_mutex_unlock(&jobs.lock);
	return check_done();
}
