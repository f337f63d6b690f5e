/* The union's own members look the same, but struct item, which one of
 * them points to, changed: the union changed, and inference cannot tell
 * which member is live. An error without a rule, naming the union. */
struct item {
	long id;
};
union slot {
	struct item *p;
	long n;
};
extern union slot slots[2];
