#include <stdio.h>
#include "new.h"
#include "../check.h"

int hook_log(int x) { return x + 101; }
int hook_auth(int x) { return x + 102; }

struct list *plugins;
struct plugin *auth_plugin;

static void check_plugin(const char *name, struct plugin *p, enum pstate st, int (*hook)(int), int nopts)
{
	char key[32];
	int i;
	check_str(F("plugin %s .name", name), p->name, name);
	check_int(F("plugin %s .state (by name)", name), p->state, st);
	check_ptr(F("plugin %s .hook (version 2's)", name), *(void **)&p->hook, *(void **)&hook);
	check_int(F("plugin %s .nopts", name), p->nopts, nopts);
	if (!check_nonnull(F("plugin %s .opts", name), p->opts))
		return;
	for (i = 0; i < nopts; i++) {
		struct option *o = &p->opts[i];
		snprintf(key, sizeof key, "%s.opt%d", name, i);
		check_str(F("plugin %s .opts[%d].name (was key)", name, i), o->name, key);
		check_int(F("plugin %s .opts[%d].type (by name)", name, i), o->type, i % 2 ? O_STR : O_INT);
		check_int(F("plugin %s .opts[%d].timeout_ms (timeout_s * 1000)", name, i), o->timeout_ms, 5000L * (i + 1));
		check_int(F("plugin %s .opts[%d].is_str (INIT from $base.type)", name, i), o->is_str, i % 2);
		check_ptr(F("plugin %s .opts[%d].owner (its plugin)", name, i), o->owner, p);
	}
}

int test_check(void)
{
	static const char *names[3] = { "log", "auth", "metrics" };
	static const enum pstate states[3] = { P_OFF, P_ON, P_FAILED };
	static int (*const hooks[3])(int) = { hook_log, hook_auth, NULL };
	static const int nopts[3] = { 2, 3, 1 };
	struct list *l = plugins;
	int i;
	for (i = 0; i < 3; i++) {
		if (!check_nonnull(F("plugins node %d", i), l) || !check_nonnull(F("plugins node %d .data", i), l->data))
			return check_done();
		check_plugin(names[i], l->data, states[i], hooks[i], nopts[i]);
		if (i == 1)
			check_ptr("auth_plugin (the list's second plugin)", auth_plugin, l->data);
		l = l->next;
	}
	check_ptr("plugins end", l, NULL);
	return check_done();
}
