/* Handlers that are static functions of handlers.c, reached through a
 * global table and a struct: invisible to dlsym and dladdr, so the
 * migration must find their names (and version 2's functions of the
 * same file and name) another way, e.g. in the ELF symbol tables. Two
 * files define a static function named "cleanup": each pointer must go
 * to the new function of its own file. */
#ifndef OLD_H
#define OLD_H

typedef int (*handler_fn)(int);

struct route {
	int code;
	handler_fn fn;
};

extern struct route routes[3];
extern handler_fn on_exit_a;
extern handler_fn on_exit_b;

void handlers_init(void);
void other_init(void);

#endif
