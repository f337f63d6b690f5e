struct unfinished {
	int a;
