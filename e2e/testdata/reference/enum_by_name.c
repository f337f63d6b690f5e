/* Reference migration for testdata/e2e/enum_by_name. */
#include "common.h"

/* Old: S_IDLE 0, S_READ 1, S_WRITE 2, S_CLOSED 3; P_LO 10, P_HI 20.
 * New: S_CLOSED 0, S_NEW 1, S_WRITE 2, S_IDLE 3, S_READ 4, S_ERROR 5;
 *      P_HI 1, P_LO 2, P_URGENT 3. */
static const int state_map[4] = { 3, 4, 2, 0 };
static int prio(int p) { return p == 10 ? 2 : 1; }

struct task {
	int id, st, pr;
};

int xf_migrate(const struct xf_env *env)
{
	int *ocur = ref_lookup(env, 1, "cur_state"), *ncur = ref_lookup(env, 0, "cur_state");
	int *olast = ref_lookup(env, 1, "last_state"), *nlast = ref_lookup(env, 0, "last_state");
	int *oh = ref_lookup(env, 1, "history"), *nh = ref_lookup(env, 0, "history");
	int *op = ref_lookup(env, 1, "default_prio"), *np = ref_lookup(env, 0, "default_prio");
	struct task *ot = ref_lookup(env, 1, "tasks"), *nt = ref_lookup(env, 0, "tasks");
	struct task **oa = ref_lookup(env, 1, "active"), **na = ref_lookup(env, 0, "active");
	int i;
	if (!ocur || !ncur || !olast || !nlast || !oh || !nh || !op || !np || !ot || !nt || !oa || !na)
		return 1;
	*ncur = state_map[*ocur];
	*nlast = state_map[*olast];
	for (i = 0; i < 6; i++)
		nh[i] = state_map[oh[i]];
	*np = prio(*op);
	for (i = 0; i < 4; i++) {
		nt[i].id = ot[i].id;
		nt[i].st = state_map[ot[i].st];
		nt[i].pr = prio(ot[i].pr);
	}
	*na = NULL;
	if (*oa) {
		*na = calloc(1, sizeof **na);
		(*na)->id = (*oa)->id;
		(*na)->st = state_map[(*oa)->st];
		(*na)->pr = prio((*oa)->pr);
	}
	return 0;
}
