/* Function pointers inside types that do not change: the struct, the
 * array and the pointer look the same in both versions, but the code
 * they point at is version 1's, which goes away with it (this is new.h, identical). Each must be
 * remapped by name to version 2's function. */
#ifndef OLD_H
#define OLD_H

typedef int (*op_fn)(int);

struct ops {
	op_fn open;
	op_fn close;
	int flags;
};

int op_open(int x);
int op_close(int x);
int op_reset(int x);

extern struct ops ops;
extern struct ops *ops_ptr;
extern op_fn table[3];
extern int (*raw_fp)(int);
extern struct ops ops_list[2];

#endif
