#include <stdlib.h>
#include "old.h"

enum state cur_state;
state_t last_state;
enum state history[6];
enum prio default_prio;
struct task tasks[4];
struct task *active;

void test_setup(void)
{
	static const enum state h[6] = { S_IDLE, S_READ, S_WRITE, S_CLOSED, S_READ, S_IDLE };
	int i;
	cur_state = S_WRITE;
	last_state = S_CLOSED;
	for (i = 0; i < 6; i++)
		history[i] = h[i];
	default_prio = P_HI;
	for (i = 0; i < 4; i++) {
		tasks[i].id = i + 1;
		tasks[i].st = (enum state)(3 - i); /* CLOSED, WRITE, READ, IDLE */
		tasks[i].pr = i % 2 ? P_HI : P_LO;
	}
	active = malloc(sizeof *active);
	active->id = 77;
	active->st = S_READ;
	active->pr = P_LO;
}
