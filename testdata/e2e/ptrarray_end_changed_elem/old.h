/* Random evolution case, seed 121: the old version. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct s0;
struct s2;
union evolve_u { int i; float f; };

struct s0 {
	struct s0 *f0;
};

struct s2 {
	int f0_n;
	struct s0 *f0 E_PTRARRAY(f0_n);
	struct s0 *f0_end;
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s2 *g1;

#endif
