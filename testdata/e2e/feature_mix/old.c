#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "old.h"

int hook_log(int x) { return x + 1; }
int hook_auth(int x) { return x + 2; }

struct list *plugins;
struct plugin *auth_plugin;

static struct plugin *plugin(const char *name, enum pstate st, int (*hook)(int), int nopts)
{
	struct plugin *p = malloc(sizeof *p);
	char key[32];
	int i;
	p->name = strdup(name);
	p->state = st;
	p->hook = hook;
	p->nopts = nopts;
	p->opts = malloc((size_t)nopts * sizeof *p->opts);
	for (i = 0; i < nopts; i++) {
		snprintf(key, sizeof key, "%s.opt%d", name, i);
		p->opts[i].key = strdup(key);
		p->opts[i].type = i % 2 ? O_STR : O_INT;
		p->opts[i].timeout_s = 5 * (i + 1);
		p->opts[i].owner = p;
	}
	return p;
}

static struct list *push(struct list *head, void *data)
{
	struct list *l = malloc(sizeof *l);
	l->data = data;
	l->next = head;
	return l;
}

void test_setup(void)
{
	auth_plugin = plugin("auth", P_ON, hook_auth, 3);
	plugins = push(plugins, plugin("metrics", P_FAILED, NULL, 1));
	plugins = push(plugins, auth_plugin);
	plugins = push(plugins, plugin("log", P_OFF, hook_log, 2));
}
