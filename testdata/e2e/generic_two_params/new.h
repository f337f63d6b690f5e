#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct pair {
	void E_T(@k) *key;
	void E_T(@v) *val;
	struct pair E_G(@k, @v) *next;
} E_GENERIC(@k, @v);

struct ukey {
	long shard;
	int uid;
};

struct blob {
	char bytes[8];
};

extern struct pair E_G(struct ukey, struct blob) *users;
extern struct pair E_G(struct blob, struct ukey) *reverse;
extern unsigned long blob0_addr;

#endif
