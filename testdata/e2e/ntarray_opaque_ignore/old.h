/* Version 1: a module registry: NULL-terminated and zero-terminated
 * arrays, an opaque cached pointer, and a cache field. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct mod {
	int id;
	short prio;
	int hits;
};

struct opt {
	int code;
	int val;
};

enum kind { K_A, K_B, K_C };

struct registry {
	struct mod **mods E_NTARRAY;   /* ended by NULL */
	struct opt *opts E_NTARRAY;    /* ended by an all-zero struct opt */
	struct mod E_OPAQUE *cached;   /* copied as is, never walked */
	int nkinds;
	enum kind *kinds E_PTRARRAY(nkinds);
	int scratch;
};

extern struct registry reg;
extern unsigned long cached_addr;

#endif
