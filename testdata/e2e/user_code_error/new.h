struct rec {
	int a;
	int twice;
};
extern struct rec recs[2];
