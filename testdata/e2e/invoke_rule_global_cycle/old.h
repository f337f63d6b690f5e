/* Random evolution case, seed 1136: the old version. */
#ifndef OLD_H
#define OLD_H

#include "xfgen/annotations.h"

struct s2;
union evolve_u { int i; float f; };

struct s2 {
	int (*f1)(int);
	struct s2 *f4;
};

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern struct s2 g1;

#endif
