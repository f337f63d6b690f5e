#include <stdlib.h>
#include "old.h"

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
