#ifndef NEW_H
#define NEW_H

struct qnode {
	struct qnode *next;
	long job;
	int tries;
};

/* Version 2's queue code, run by test_check. */
int queue_length(int limit);
long queue_sum(int limit);
struct qnode *queue_sentinel(void);
struct qnode *queue_head(void);
void queue_push(long job);

#endif
