/* Random evolution case, seed 1508: the new version. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

struct s1;
union evolve_u { int i; float f; };

struct s1 {
	unsigned int f4;
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s1 g1;
extern struct s1 *g5;

#endif
