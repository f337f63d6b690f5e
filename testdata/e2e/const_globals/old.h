/* Read-only globals: a const table of handlers and a const build id.
 * The new version's const objects live in read-only memory and already
 * hold the new program's values (its handlers, its build id): writing
 * to them would crash, and there is nothing to carry over. A pointer to
 * the const table must follow it to the new version's table. */
#ifndef OLD_H
#define OLD_H

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
extern const struct ops *cur_ops;   /* &default_ops */
extern int requests;
/* A release string declared without a size, and a const struct whose
 * struct gains a field in version 2: neither needs a rule. */
extern const char rev[];
struct limits {
	int max;
};
extern const struct limits limits;

#endif
