#include <stdlib.h>
#include "old.h"

struct job *jobs;
struct worker *staff[2];

void test_setup(void)
{
	int i;
	for (i = 0; i < 2; i++) {
		staff[i] = calloc(1, sizeof *staff[i]);
		staff[i]->pid = 4000 + i;
	}
	for (i = 5; i >= 0; i--) {
		struct job *j = calloc(1, sizeof *j);
		j->id = i;
		j->color = (enum color)(i % 3);
		j->urgent = (unsigned)(i & 1);
		j->by = staff[i % 2];
		j->next = jobs;
		jobs = j;
		staff[i % 2]->current = j;
	}
}
