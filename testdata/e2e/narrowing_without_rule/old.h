struct counter {
	long bytes_total;
	int id;
};
extern struct counter counters[2];
