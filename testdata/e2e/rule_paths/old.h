/* Rules on the less common paths: a changed union migrated by a field
 * rule that reads the tag beside it ($base), a nested field path
 * (struct T.f.g), a typedef rule (typedef T), and a rule on a generic
 * struct that calls its parameter's transformer ($gen). */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

union value {
	int i;
	float f;
};

struct cell {
	int tag; /* 0: i, 1: f */
	union value v;
};

struct server {
	int id;
	struct {
		int hits;
		int misses;
	} stats;
};

typedef int temp_t; /* degrees Fahrenheit */

struct sensor {
	int id;
	temp_t reading;
};

struct item {
	int id;
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
