#include "new.h"
#include "../check.h"

struct conf conf;
struct conf *active_conf;
struct limits *active_lim;
struct client *client;

int test_check(void)
{
	check_int("conf.port", conf.port, 8443);
	check_int("conf.lim.soft", conf.lim.soft, 100);
	check_int("conf.lim.hard", conf.lim.hard, 200);
	check_ptr("active_conf (&conf of the new version)", active_conf, &conf);
	check_ptr("active_lim (&conf.lim of the new version)", active_lim, &conf.lim);
	if (check_nonnull("client", client)) {
		check_int("client->id", client->id, 1);
		check_ptr("client->conf (&conf of the new version)", client->conf, &conf);
		check_ptr("client->lim (&conf.lim of the new version)", client->lim, &conf.lim);
	}
	return check_done();
}
