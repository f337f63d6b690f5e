/* Version 2: struct mod and struct opt widened, enum kind reordered;
 * E_IGNORE on an old field (hits, scratch) and on a new one (lookups,
 * which then needs no INIT): the migration leaves them alone, so they
 * are zero in the objects it allocates and keep the new program's
 * initial value in a global. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct mod {
	long prio;
	int id;
	int hits E_IGNORE;
};

struct opt {
	long val;
	int code;
};

enum kind { K_C, K_B, K_A };

struct registry {
	struct mod **mods E_NTARRAY;
	struct opt *opts E_NTARRAY;
	struct mod E_OPAQUE *cached;
	int nkinds;
	enum kind *kinds E_PTRARRAY(nkinds);
	int scratch E_IGNORE;
	long lookups E_IGNORE;
};

extern struct registry reg;
extern unsigned long cached_addr;

#endif
