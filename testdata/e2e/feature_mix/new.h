#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

enum pstate { P_FAILED, P_OFF, P_STARTING, P_ON };
enum otype { O_STR, O_INT, O_BOOL };

int hook_log(int x);
int hook_auth(int x);

struct plugin;

struct option {
	struct plugin *owner;
	char *name E_SZ;        /* was key */
	long timeout_ms;        /* was timeout_s */
	enum otype type;
	int is_str;             /* new */
};

struct plugin {
	int (*hook)(int);
	char *name E_SZ;
	int nopts;
	struct option *opts E_PTRARRAY(nopts);
	enum pstate state;
};

extern struct list E_G(struct plugin) *plugins;
extern struct plugin *auth_plugin;

#endif
