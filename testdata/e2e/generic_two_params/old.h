/* A generic map node with two parameters, used with a changed key type
 * and an unchanged value type, and a generic list used twice. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct pair {
	void E_T(@k) *key;
	void E_T(@v) *val;
	struct pair E_G(@k, @v) *next;
} E_GENERIC(@k, @v);

struct ukey {
	int uid;
	short shard;
};

struct blob {
	char bytes[8];
};

extern struct pair E_G(struct ukey, struct blob) *users;
extern struct pair E_G(struct blob, struct ukey) *reverse;
extern unsigned long blob0_addr;

#endif
