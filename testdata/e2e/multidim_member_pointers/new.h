/* Pointers of unchanged types into two-dimensional arrays inside a
 * changed struct (x is dropped), in a global and on the heap: an int *
 * into int m[2][2], a struct t * into struct t tm[2][2], and an int *
 * into the 1-D array beside them. */
#ifndef OLD_H
#define OLD_H
struct t { int a; };
struct s { int m[2][2]; struct t tm[2][2]; int one[3]; };
extern struct s g;
extern struct s *h;
extern int *p, *hp, *onep, *hend;
extern struct t *q, *hq;
#endif
