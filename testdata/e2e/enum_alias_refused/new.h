/* Random evolution case, seed 1032: the new version. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct s0;
enum e0 { E0_V0, E0_V1, E0_V2, E0_V3, E0_OLD };
union evolve_u { int i; float f; };

struct s0 {
	enum e0 f1;
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s0 g3;

#endif
