#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct list {
	void E_T(@t) *data;
	struct list E_G(@t) *next;
} E_GENERIC(@t);

struct item {
	long qty;
	long id;
};

struct bucket {
	struct list E_G(struct item) *items;
	long no;
	int size;
};

extern struct list E_G(struct bucket) *buckets;

#endif
