#ifndef NEW_H
#define NEW_H

typedef int (*op_fn)(int);

int op_a(int x);
int op_b(int x);

struct ops {
	op_fn first;
	op_fn second;
	int flags;
};

extern const struct ops default_ops;
extern const int build_id;
extern const struct ops *cur_ops;
extern long requests;
/* A release string declared without a size, and a const struct whose
 * struct gains a field in version 2: neither needs a rule. */
extern const char rev[];
struct limits {
	int max;
	int burst; /* gained: the const object keeps its own */
};
extern const struct limits limits;

#endif
