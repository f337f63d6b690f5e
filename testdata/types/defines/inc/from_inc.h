struct from_inc {
	int n;
};
