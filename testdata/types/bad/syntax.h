struct ok {
	int a;
};

struct broken {
	int a
	int b;
};
