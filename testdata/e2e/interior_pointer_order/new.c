#include "new.h"
#include "../check.h"

struct holder *aholder;
struct conf *zconf;
struct pool *zpool;
struct confs *zconfs;

int test_check(void)
{
	int i;
	if (!check_nonnull("aholder", aholder) || !check_nonnull("zconf", zconf) || !check_nonnull("zpool", zpool))
		return check_done();
	check_int("zconf->port", zconf->port, 7000);
	check_int("zconf->lim.soft", zconf->lim.soft, 1);
	check_int("zconf->lim.hard", zconf->lim.hard, 2);
	check_int("zpool->n", zpool->n, 4);
	if (check_nonnull("zpool->nodes", zpool->nodes))
		for (i = 0; i < 4; i++)
			check_int(F("zpool->nodes[%d].id", i), zpool->nodes[i].id, 40 + i);
	check_ptr("aholder->lim (&zconf->lim of the new config)", aholder->lim, &zconf->lim);
	if (zpool->nodes != NULL)
		check_ptr("aholder->cur (&zpool->nodes[2] of the new pool)", aholder->cur, &zpool->nodes[2]);
	if (check_nonnull("zconfs", zconfs) && check_nonnull("zconfs->items", zconfs->items)) {
		check_int("zconfs->n", zconfs->n, 3);
		for (i = 0; i < 3; i++) {
			check_int(F("zconfs->items[%d].port", i), zconfs->items[i].port, 9000 + i);
			check_int(F("zconfs->items[%d].lim.soft", i), zconfs->items[i].lim.soft, 10 * i);
		}
		check_ptr("aholder->deep (&zconfs->items[2].lim of the new block)", aholder->deep, &zconfs->items[2].lim);
	}
	return check_done();
}
