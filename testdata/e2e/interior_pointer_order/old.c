#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct holder *aholder;
struct conf *zconf;
struct pool *zpool;
struct confs *zconfs;

void test_setup(void)
{
	int i;
	zconf = malloc(sizeof *zconf);
	zconf->port = 7000;
	zconf->lim.soft = 1;
	zconf->lim.hard = 2;
	zpool = malloc(sizeof *zpool);
	zpool->n = 4;
	zpool->nodes = malloc(4 * sizeof *zpool->nodes);
	for (i = 0; i < 4; i++)
		zpool->nodes[i].id = 40 + i;
	zconfs = malloc(sizeof *zconfs);
	zconfs->n = 3;
	zconfs->items = malloc(3 * sizeof *zconfs->items);
	for (i = 0; i < 3; i++) {
		zconfs->items[i].port = 9000 + i;
		zconfs->items[i].lim.soft = 10 * i;
		zconfs->items[i].lim.hard = 10 * i + 1;
	}
	aholder = malloc(sizeof *aholder);
	aholder->lim = &zconf->lim;
	aholder->cur = &zpool->nodes[2];
	aholder->deep = &zconfs->items[2].lim;
}

int test_old_intact(void)
{
	check_ptr("old aholder->lim", aholder->lim, &zconf->lim);
	check_ptr("old aholder->cur", aholder->cur, &zpool->nodes[2]);
	check_ptr("old aholder->deep", aholder->deep, &zconfs->items[2].lim);
	check_int("old zconf->lim.hard", zconf->lim.hard, 2);
	return check_done();
}
