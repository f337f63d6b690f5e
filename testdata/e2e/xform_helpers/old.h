/* Version 1: a bag of items; rules in the spec call the generated
 * transformers themselves ($xform with XF_INVOKE and XF_PTR). */
#ifndef OLD_H
#define OLD_H

struct item {
	int id;
	int qty;
};

struct bag {
	int n;
	struct item main;
	struct item *extra;
};

extern struct bag bag;
extern struct item *spotlight;
extern struct item *favorite; /* the same item again, by inference */
extern int legacy_count;
extern int version;

#endif
