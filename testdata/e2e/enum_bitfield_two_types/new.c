#include <stdio.h>
#include "new.h"

struct job *jobs;
struct worker *staff[2];

#define CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); fails++; } } while (0)

int test_check(void)
{
	static const enum color by_old[3] = { RED, GREEN, BLUE }; /* old RED=0, GREEN=1, BLUE=2 */
	int fails = 0, i = 0;
	struct job *j;
	for (i = 0; i < 2; i++) {
		if (staff[i] == NULL) {
			fprintf(stderr, "staff[%d]: got NULL, want a worker\n", i);
			return fails + 1;
		}
		CHECK(staff[i]->pid == 4000 + i, "staff[%d].pid: got %ld, want %d", i, staff[i]->pid, 4000 + i);
	}
	for (j = jobs, i = 0; j != NULL && i < 10; j = j->next, i++) {
		CHECK(j->id == i, "job %d id: got %ld", i, j->id);
		CHECK(j->color == by_old[i % 3], "job %d color: got %d, want %d", i, (int)j->color, (int)by_old[i % 3]);
		CHECK(j->urgent == (unsigned)(i & 1), "job %d urgent: got %u", i, j->urgent);
		CHECK(j->by == staff[i % 2], "job %d by: not staff[%d] (sharing lost)", i, i % 2);
	}
	CHECK(i == 6, "list length: got %d, want 6", i);
	/* each worker's current job is the first job it took: job 0 and job 1 */
	for (i = 0; i < 2; i++) {
		CHECK(staff[i]->current != NULL && staff[i]->current->id == i, "staff[%d].current: wrong job", i);
		CHECK(staff[i]->current != NULL && staff[i]->current->by == staff[i], "staff[%d].current.by: cycle lost", i);
	}
	for (j = jobs; j != NULL; j = j->next)
		if (j->id < 2)
			CHECK(staff[j->id]->current == j, "staff[%ld].current is not the job in the list (sharing lost)", j->id);
	return fails;
}
