/* Random evolution case, seed 1132: the new version. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct s0;
union evolve_u { int i; float f; };

struct s0 {
	int f2 E_IGNORE;
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s0 *g1;
extern int *g2;

#endif
