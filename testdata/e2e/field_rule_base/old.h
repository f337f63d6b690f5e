/* Version 1: accounts keep whole cents and a separate bonus. */
#ifndef OLD_H
#define OLD_H

struct acct {
	int id;
	int cents;
	double bonus;
	char owner[12];
};

extern struct acct accounts[3];
extern struct acct *vip;
extern int naccounts;

#endif
