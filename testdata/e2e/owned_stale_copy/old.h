/* Stale copies reached through E_OWNED objects: the chain c_three ->
 * more reaches &two[0] and &two[1] first, which makes copies of those
 * elements alone; b_holder->port points into two[1]; the block two
 * itself (a_vec->items) comes last. The copies of the owned objects
 * are in no address map, so the pointers in them are fixed through the
 * chain that owns them. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"
struct sc { int score[2]; };
struct node { int v; struct sc next; };
struct three { struct node *tag; struct three *more; } E_OWNED;
struct holder { int *port; };
struct vec { int n; struct node *items E_PTRARRAY(n); };
extern struct vec *a_vec;
extern struct holder *b_holder;
extern struct three *c_three;
#endif
