/* Layouts a struct's definition sets beyond its members' types: a
 * struct under #pragma pack(2), and fields with _Alignas. The generated
 * types must repeat them, or they would not have the program's layout. */
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

extern struct wire packets[3];
extern struct cacheline lines[2];

#endif
