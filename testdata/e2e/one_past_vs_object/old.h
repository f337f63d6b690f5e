/* A pointer to a struct member that starts exactly where an array
 * member ends: &h.b has the address and the type of h.a + 2, one past
 * the array. The value cannot tell them apart, and a pointer to an
 * object is what C programs hold far more often: it must go to the new
 * h.b. (The new layout puts b first, so one past the new a is
 * elsewhere.) */
#ifndef OLD_H
#define OLD_H

struct item {
	int id;
};

struct holder {
	struct item a[2];
	struct item b;
	int tail;
};

extern struct holder h;
extern struct holder *hp;
extern struct item *pb;  /* &h.b */
extern struct item *hpb; /* &hp->b */

#endif
