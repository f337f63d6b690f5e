struct pool {
	int slots[4];
};
extern struct pool pool;
