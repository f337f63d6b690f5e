/* Order-dependent stale copies: c_three->tag = &two[1] is met first and
 * makes a copy of two[1] alone; b_holder->port, a pointer into that
 * element's members, is met next; the block two itself (a_vec->items)
 * comes last. Both pointers must end in the block's copy. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"
struct sc { int score[2]; };
struct node { int v; struct sc next; };
struct three { struct node *tag; };
struct holder { int *port; };
struct vec { int n; struct node *items E_PTRARRAY(n); };
extern struct vec *a_vec;
extern struct holder *b_holder;
extern struct three *c_three;
#endif
