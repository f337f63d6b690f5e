/* Random evolution case, seed 1138: the old version. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct s0;
struct s2;
union evolve_u { int i; float f; };

struct s0 {
	int f3_n;
	struct s0 *f3 E_PTRARRAY(f3_n);
	struct s0 *f3_end;
};

struct s2 {
	struct s2 *f4[3];
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s0 g2;

#endif
