typedef int (*handler_fn)(int);
struct route {
	int code;
	handler_fn fn;
};
extern struct route routes[2];
