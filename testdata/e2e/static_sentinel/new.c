#include "new.h"
#include "../check.h"

int test_check(void)
{
	struct qnode *q = queue_head();
	int i;
	for (i = 1; i <= 5; i++) {
		if (!check_nonnull(F("queue node %d", i), q))
			return check_done();
		if (q == queue_sentinel()) {
			check_fail(F("queue node %d", i), "got the end of the queue, want job %d", i * 11);
			return check_done();
		}
		check_int(F("queue node %d .job", i), q->job, i * 11);
		q = q->next;
	}
	check_ptr("last node .next (version 2's own queue.c/sentinel)", q, queue_sentinel());
	check_int("queue_length() in version 2", queue_length(100), 5);
	check_int("queue_sum() in version 2", queue_sum(100), 11 + 22 + 33 + 44 + 55);
	if (check_failures == 0) {
		/* queue.c/tail came over too: pushing appends after job 55. */
		queue_push(66);
		check_int("queue_length() after a push", queue_length(100), 6);
		check_int("queue_sum() after a push", queue_sum(100), 11 + 22 + 33 + 44 + 55 + 66);
	}
	return check_done();
}
