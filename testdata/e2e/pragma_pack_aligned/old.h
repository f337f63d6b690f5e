/* Layouts a struct's definition sets beyond its members' types: a
 * struct under #pragma pack(2), and fields with _Alignas. The generated
 * types must repeat them, or they would not have the program's layout.
 * The new version widens struct mixed's id and adds a field to struct
 * wire, so both are migrated member by member. */
#ifndef OLD_H
#define OLD_H

#pragma pack(push, 2)
struct wire {
	char kind;
	int len;
	long seq;
};
#pragma pack(pop)

struct cacheline {
	int hits;
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
	int id;
};

extern struct mixed mix;
extern struct wire packets[3];
extern struct cacheline lines[2];

#endif
