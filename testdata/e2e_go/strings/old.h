/* Version 1: user records with NUL-terminated strings, and a banner. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct user {
	int uid;
	char *name E_SZ;
	char *home E_SZ;
};

extern struct user users[3];
extern struct user *admin;
extern char *motd E_SZ;

#endif
