#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct conf conf;
struct conf *active_conf;
struct limits *active_lim;
struct client *client;

void test_setup(void)
{
	conf.port = 8443;
	conf.lim.soft = 100;
	conf.lim.hard = 200;
	active_conf = &conf;
	active_lim = &conf.lim;
	client = malloc(sizeof *client);
	client->id = 1;
	client->conf = &conf;
	client->lim = &conf.lim;
}

/* After xf_migrate, succeeded or failed: the old state is untouched. */
int test_old_intact(void)
{
	check_int("old conf.port", conf.port, 8443);
	check_ptr("old active_conf", active_conf, &conf);
	check_ptr("old active_lim", active_lim, &conf.lim);
	check_ptr("old client->conf", client->conf, &conf);
	check_ptr("old client->lim", client->lim, &conf.lim);
	return check_done();
}
