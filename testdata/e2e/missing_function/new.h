/* Version 2 dropped h_legacy, which a route still points at: the
 * function pointer cannot be remapped by name, so xf_migrate must fail
 * and name the function. */
typedef int (*handler_fn)(int);
struct route {
	handler_fn fn;
	long code;
};
extern struct route routes[2];
