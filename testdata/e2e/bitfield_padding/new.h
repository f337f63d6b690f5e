#ifndef NEW_H
#define NEW_H

struct flags {
	unsigned int mode : 3;
	unsigned int : 2;
	unsigned int level : 4;
	unsigned int : 0;
	unsigned int owner : 7;
	long id;
};

extern struct flags settings[3];

#endif
