#include "new.h"
#include "../check.h"

struct holder *aholder;
struct conf *zconf;
struct pool *zpool;

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
	return check_done();
}
