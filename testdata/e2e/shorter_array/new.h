/* The array shrinks from 4 to 2 elements: an error without a rule. */
struct pool {
	int slots[2];
};
extern struct pool pool;
