#include "new.h"
#include "../check.h"

struct bag bag;
struct item *spotlight;
struct item *favorite;
long total_items;
int version = 2;
long bag_slots;

int test_check(void)
{
	check_int("bag.n", bag.n, 2);
	check_int("bag.main.id (XF_INVOKE, then += 1000)", bag.main.id, 1007);
	check_int("bag.main.qty (XF_INVOKE)", bag.main.qty, 70);
	if (check_nonnull("bag.extra (XF_PTR)", bag.extra)) {
		check_int("bag.extra->id", bag.extra->id, 8);
		check_int("bag.extra->qty", bag.extra->qty, -80);
	}
	check_ptr("spotlight (the same item as bag.extra)", spotlight, bag.extra);
	check_ptr("favorite (by inference: the same item as bag.extra, by XF_PTR)", favorite, bag.extra);
	check_int("bag.total (INIT from $base)", bag.total, 70 - 80);
	check_int("total_items (INIT from $oldsym(legacy_count))", total_items, 42);
	check_int("version ($in * 10 + $newsym(version))", version, 12);
	check_int("bag_slots (INIT from the migrated $newsym(bag).n)", bag_slots, 200);
	return check_done();
}
