#ifndef NEW_H
#define NEW_H

#pragma pack(push, 2)
struct wire {
	char kind;
	short flags;
	int len;
	long seq;
};
#pragma pack(pop)

struct cacheline {
	long hits;
	_Alignas(16) long counter;
	char tag;
};

/* A member packed on its own, and a normal member after padding the
 * program wrote as an unnamed bitfield. */
struct mixed {
	char c;
	int x __attribute__((packed));
	unsigned int a : 3;
	unsigned int : 29;
	char after;
	long id;
};

extern struct mixed mix;
extern struct wire packets[3];
extern struct cacheline lines[2];

#endif
