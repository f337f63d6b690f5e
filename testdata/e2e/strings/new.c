#include "new.h"
#include "../check.h"

struct user users[3];
struct user *admin;
char *motd = "version 2 has not been migrated";

int test_check(void)
{
	static const char *longname = "n\xc3\xb8" "body with a fairly long name, longer than any small buffer would be";
	check_int("users[0].uid", users[0].uid, 1000);
	check_str("users[0].name", users[0].name, "alice");
	check_str("users[0].home", users[0].home, "/home/alice");
	check_str("users[0].shell (INIT)", users[0].shell, "/usr/bin/nologin");
	check_int("users[1].uid", users[1].uid, 1001);
	check_str("users[1].name (empty string)", users[1].name, "");
	check_str("users[1].home (NULL)", users[1].home, NULL);
	check_int("users[2].uid", users[2].uid, 65534);
	check_str("users[2].name", users[2].name, longname);
	check_str("users[2].home", users[2].home, longname);
	if (check_nonnull("admin", admin)) {
		check_int("admin->uid", admin->uid, 0);
		check_str("admin->name", admin->name, "root");
		check_str("admin->home", admin->home, "/root");
		check_str("admin->shell (INIT)", admin->shell, "/bin/sh");
	}
	check_str("motd", motd, "welcome to version 1\n");
	return check_done();
}
