/* unsigned int -> int changes signedness: an error without a rule, that
 * names the field. */
struct account {
	int balance;
	int id;
};
extern struct account accounts[2];
