struct point {
	long x;
	long y;
};
extern int origin;
