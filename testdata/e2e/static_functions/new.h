#ifndef NEW_H
#define NEW_H

typedef int (*handler_fn)(int);

struct route {
	handler_fn fn;
	long code;
};

extern struct route routes[3];
extern handler_fn on_exit_a;
extern handler_fn on_exit_b;

/* What test_check compares with: version 2's static functions. */
handler_fn handlers_get(int which);
handler_fn other_cleanup(void);

#endif
