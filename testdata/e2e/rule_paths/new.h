#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

union value {
	long l;
	double d;
};

struct cell {
	int tag;
	union value v;
};

struct server {
	int id;
	struct {
		long hits_x10;
		int misses;
	} stats;
};

typedef double temp_t; /* degrees Celsius */

struct sensor {
	int id;
	temp_t reading;
};

struct item {
	long id;
};

struct box {
	void E_T(@t) *data;
	int count;
} E_GENERIC(@t);

extern struct cell cells[3];
extern struct server srv;
extern temp_t outside;
extern struct sensor sensors[2];
extern struct box E_G(struct item) *boxed;

#endif
