/* Random evolution case, seed 1119: the new version. */
#ifndef NEW_H
#define NEW_H

#include "xfgen/annotations.h"

union evolve_u { int i; float f; };

int evolve_fn_inc(int x);
int evolve_fn_dbl(int x);
int evolve_fn_neg(int x);
extern int g1[3][3];
extern int *g3;

#endif
