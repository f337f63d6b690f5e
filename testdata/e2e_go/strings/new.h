/* Version 2: struct user reordered and widened, with a login shell. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct user {
	char *name E_SZ;
	long uid;
	char *home E_SZ;
	char *shell E_SZ;
};

extern struct user users[3];
extern struct user *admin;
extern char *motd E_SZ;

#endif
