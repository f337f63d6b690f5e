/* One address, two objects: a struct outer and its first member, a
 * struct inner, start at the same address. A pointer to each must get
 * an object of its own type: the migration's "once per old address"
 * must tell them apart by type. */
#ifndef OLD_H
#define OLD_H

struct inner {
	int v;
	short w;
};

struct outer {
	struct inner first;
	int x;
};

extern struct outer *po;
extern struct inner *pi;  /* &po->first: the same address as po */
extern struct outer *po2; /* the same outer again */

#endif
