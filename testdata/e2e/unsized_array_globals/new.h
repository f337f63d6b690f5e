#ifndef NEW_H
#define NEW_H

struct slot {
	long id;
};

extern int table[];
extern struct slot slots[];

#endif
