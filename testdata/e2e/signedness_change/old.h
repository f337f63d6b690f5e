struct account {
	unsigned int balance;
	int id;
};
extern struct account accounts[2];
