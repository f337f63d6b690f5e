#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include "old.h"

void job_run(void) {}
void job_stop(void) {}

char *banner;
struct job jobs[2];
int counter;
int seen;

void test_setup(void)
{
	int i;
	banner = strdup("kitsune says hi");
	for (i = 0; i < 2; i++) {
		jobs[i].id = 70 + i;
		jobs[i].cb = i ? job_stop : job_run;
		jobs[i].raw[0] = -1;
		jobs[i].raw[1] = i;
		jobs[i].raw[2] = 0x7fffffff;
		jobs[i].raw[3] = 3 * i;
	}
	jobs[0].after = malloc(sizeof *jobs[0].after);
	jobs[0].after->id = 99;
	jobs[0].after->cb = job_stop;
	memset(jobs[0].after->raw, 0, sizeof jobs[0].after->raw);
	jobs[0].after->after = NULL;
	jobs[1].after = jobs[0].after;
	counter = 41;
	seen = 5;
}
