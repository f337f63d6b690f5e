#include "new.h"
#include "../check.h"

void job_run(void) {}
void job_stop(void) {}

char *banner = "version 2";
struct job jobs[2];
long next_counter;
int seen;

/* fp gives a function's address as a data pointer, for printing. */
static void *fp(void (*f)(void)) { return *(void **)&f; }

int test_check(void)
{
	int i;
	check_str("banner (XF_NTSTR)", banner, "kitsune says hi");
	for (i = 0; i < 2; i++) {
		check_int(F("jobs[%d].id", i), jobs[i].id, 70 + i);
		if (jobs[i].cb != (i ? job_stop : job_run))
			check_fail(F("jobs[%d].cb (XF_FPTR)", i), "got %p, want %p (version 2's %s)", fp(jobs[i].cb),
				   fp(i ? job_stop : job_run), i ? "job_stop" : "job_run");
		check_int(F("jobs[%d].raw[0] (XF_RAW)", i), jobs[i].raw[0], -1);
		check_int(F("jobs[%d].raw[1]", i), jobs[i].raw[1], i);
		check_int(F("jobs[%d].raw[2]", i), jobs[i].raw[2], 0x7fffffff);
		check_int(F("jobs[%d].raw[3]", i), jobs[i].raw[3], 3 * i);
	}
	if (check_nonnull("jobs[0].after (XF_PTR)", jobs[0].after)) {
		check_int("jobs[0].after->id", jobs[0].after->id, 99);
		if (jobs[0].after->cb != job_stop)
			check_fail("jobs[0].after->cb", "got %p, want %p (version 2's job_stop)", fp(jobs[0].after->cb),
				   fp(job_stop));
		check_ptr("jobs[0].after->after", jobs[0].after->after, NULL);
	}
	check_ptr("jobs[1].after (the same job as jobs[0].after)", jobs[1].after, jobs[0].after);
	check_int("next_counter (kitsune_lookup_key_old)", next_counter, 42);
	check_int("seen (XF_ASSIGN, then += 1000 through kitsune_lookup_key_new)", seen, 1005);
	return check_done();
}
