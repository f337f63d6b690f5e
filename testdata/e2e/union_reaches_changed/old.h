struct item {
	int id;
};
union slot {
	struct item *p;
	long n;
};
extern union slot slots[2];
