/* Everything at once, nested: a generic list of plugins; each plugin has
 * a name (E_SZ), a state enum, a hook function, and a block of options
 * (E_PTRARRAY) whose elements hold strings, enums and a back pointer to
 * their plugin; options are renamed, added with INIT from $base, and
 * rescaled by a field rule. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

enum pstate { P_OFF, P_ON, P_FAILED };
enum otype { O_INT, O_STR };

int hook_log(int x);
int hook_auth(int x);

struct plugin;

struct option {
	char *key E_SZ;
	enum otype type;
	int timeout_s;
	struct plugin *owner;
};

struct plugin {
	char *name E_SZ;
	enum pstate state;
	int (*hook)(int);
	int nopts;
	struct option *opts E_PTRARRAY(nopts);
};

extern struct list E_G(struct plugin) *plugins;
extern struct plugin *auth_plugin;

#endif
