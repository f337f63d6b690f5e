#ifndef NEW_H
#define NEW_H

struct item {
	long qty;
	int id;
};

struct bag {
	int n;
	struct item main;
	struct item *extra;
	long total;
};

extern struct bag bag;
extern struct item *spotlight;
extern struct item *favorite; /* the same item again, by inference */
extern long total_items; /* new: from version 1's legacy_count */
extern int version;
extern long bag_slots; /* new: from the migrated bag, through $newsym */

#endif
