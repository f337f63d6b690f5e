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

extern struct wire packets[3];
extern struct cacheline lines[2];

#endif
