/* Random evolution case, seed 120: the new version. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct s1;
union evolve_u { int i; float f; };

struct s1 {
	int f0_n;
	struct s1 *f0 E_PTRARRAY(f0_n);
	struct s1 *f0_end;
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s1 g1;

#endif
