/* Names swapped between the versions: variable primary becomes
 * secondary and the other way round, and so do two fields. Rules name
 * both directions; nothing may be matched by its old name instead. */
#ifndef OLD_H
#define OLD_H

struct pt {
	int x;
	int y;
	int z;
};

extern int primary;
extern int secondary;
extern struct pt pts[2];

#endif
