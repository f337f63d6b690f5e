#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include "old.h"
#include "../check.h"

struct user users[3];
struct user *admin;
char *motd;

void test_setup(void)
{
	users[0].uid = 1000;
	users[0].name = strdup("alice");
	users[0].home = strdup("/home/alice");
	users[1].uid = 1001;
	users[1].name = strdup("");
	users[1].home = NULL;
	users[2].uid = 65534;
	users[2].name = strdup("n\xc3\xb8" "body with a fairly long name, longer than any small buffer would be");
	users[2].home = users[2].name; /* one string, two fields */
	admin = malloc(sizeof *admin);
	admin->uid = 0;
	admin->name = strdup("root");
	admin->home = strdup("/root");
	motd = strdup("welcome to version 1\n");
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	check_str("old users[0].name", users[0].name, "alice");
	check_str("old users[0].home", users[0].home, "/home/alice");
	check_str("old users[1].home", users[1].home, NULL);
	check_ptr("old users[2].home (one string, two fields)", users[2].home, users[2].name);
	check_str("old admin->name", admin->name, "root");
	check_str("old motd", motd, "welcome to version 1\n");
	return check_done();
}
