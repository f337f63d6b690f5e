#include "new.h"
#include "../check.h"

struct cell cells[3];
struct server srv;
temp_t outside;
struct sensor sensors[2];
struct box *boxed;

int test_check(void)
{
	check_int("cells[0].tag", cells[0].tag, 0);
	check_int("cells[0].v.l (rule with $base.tag)", cells[0].v.l, -123456);
	check_int("cells[1].tag", cells[1].tag, 1);
	check_dbl("cells[1].v.d (rule with $base.tag)", cells[1].v.d, 2.5);
	check_int("cells[2].v.l", cells[2].v.l, 7);
	check_int("srv.id", srv.id, 1);
	check_int("srv.stats.hits_x10 (nested path rule)", srv.stats.hits_x10, 3210);
	check_int("srv.stats.misses", srv.stats.misses, 12);
	check_dbl("outside (typedef rule)", outside, 100.0);
	check_int("sensors[0].id", sensors[0].id, 1);
	check_dbl("sensors[0].reading (typedef rule in a field)", sensors[0].reading, 0.0);
	check_dbl("sensors[1].reading", sensors[1].reading, -40.0);
	if (check_nonnull("boxed", boxed)) {
		check_int("boxed->count ($in.count + 1)", boxed->count, 2);
		if (check_nonnull("boxed->data ($gen(t))", boxed->data))
			check_int("boxed->data->id", ((struct item *)boxed->data)->id, 66);
	}
	return check_done();
}
