struct stats {
	int hits;
};
extern struct stats stats;
extern int version;
