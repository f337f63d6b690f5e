/* Version 2: the balance is an amount in units that includes the bonus. */
#ifndef NEW_H
#define NEW_H

struct acct {
	int id;
	double amount;
	double bonus;
	char owner[12];
};

extern struct acct accounts[3];
extern struct acct *vip;
extern int naccounts;

#endif
