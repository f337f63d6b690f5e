/* The same struct pair as in one.c, at another place. */

struct pair {
	int a, b;
};
struct holder {
	struct pair *p;
};
struct pair second;
struct holder h;
