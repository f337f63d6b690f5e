#ifndef NEW_H
#define NEW_H

struct qnode {
	int job;
	int tries;
	struct qnode *next;
};

extern struct qnode *queue_head;

#endif
