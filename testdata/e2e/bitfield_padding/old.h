/* Bitfields separated by unnamed padding bitfields, in a struct that
 * changes: the emitted types must keep the padding, or the fields after
 * it are read from the wrong bits. */
#ifndef OLD_H
#define OLD_H

struct flags {
	unsigned int mode : 3;
	unsigned int : 2;
	unsigned int level : 4;
	unsigned int : 0;
	unsigned int owner : 7;
	int id;
};

extern struct flags settings[3];

#endif
