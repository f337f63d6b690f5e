/* A one-past-the-end pointer reached before its array: the holder is
 * walked first (the work list is last in, first out), its end pointer
 * must not be copied as an object of its own (that reads past the old
 * array), and it ends one past the new array. */
#ifndef OLD_H
#define OLD_H
#include "xfgen/annotations.h"
struct rec { int v; };
struct vec { int n; struct rec *items E_PTRARRAY(n); };
struct holder { struct rec *end; struct rec *last; };
extern struct vec *g_a;
extern struct holder *g_b;
#endif
