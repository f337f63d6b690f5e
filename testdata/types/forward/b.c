struct later {
	int x;
	struct later *next;
};
