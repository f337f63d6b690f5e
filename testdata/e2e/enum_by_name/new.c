#include "new.h"
#include "../check.h"

enum state cur_state = S_NEW;
state_t last_state = S_NEW;
enum state history[6] = { S_NEW, S_NEW, S_NEW, S_NEW, S_NEW, S_NEW };
enum prio default_prio = P_URGENT;
struct task tasks[4];
struct task *active;

static const char *sname(int v)
{
	switch (v) {
	case S_CLOSED: return "S_CLOSED";
	case S_NEW: return "S_NEW";
	case S_WRITE: return "S_WRITE";
	case S_IDLE: return "S_IDLE";
	case S_READ: return "S_READ";
	case S_ERROR: return "S_ERROR";
	}
	return "(no enumerator)";
}

static const char *pname(int v)
{
	switch (v) {
	case P_HI: return "P_HI";
	case P_LO: return "P_LO";
	case P_URGENT: return "P_URGENT";
	}
	return "(no enumerator)";
}

static void check_state(const char *field, enum state got, enum state want)
{
	if (got != want)
		check_fail(field, "got %d (%s), want %d (%s)", (int)got, sname(got), (int)want, sname(want));
}

static void check_prio(const char *field, enum prio got, enum prio want)
{
	if (got != want)
		check_fail(field, "got %d (%s), want %d (%s)", (int)got, pname(got), (int)want, pname(want));
}

int test_check(void)
{
	static const enum state h[6] = { S_IDLE, S_READ, S_WRITE, S_CLOSED, S_READ, S_IDLE };
	static const enum state ts[4] = { S_CLOSED, S_WRITE, S_READ, S_IDLE };
	int i;
	check_state("cur_state", cur_state, S_WRITE);
	check_state("last_state (typedef state_t)", last_state, S_CLOSED);
	for (i = 0; i < 6; i++)
		check_state(F("history[%d]", i), history[i], h[i]);
	check_prio("default_prio", default_prio, P_HI);
	for (i = 0; i < 4; i++) {
		check_int(F("tasks[%d].id", i), tasks[i].id, i + 1);
		check_state(F("tasks[%d].st", i), tasks[i].st, ts[i]);
		check_prio(F("tasks[%d].pr", i), tasks[i].pr, i % 2 ? P_HI : P_LO);
	}
	if (check_nonnull("active", active)) {
		check_int("active->id", active->id, 77);
		check_state("active->st", active->st, S_READ);
		check_prio("active->pr", active->pr, P_LO);
	}
	return check_done();
}
