#include "new.h"
#include "../check.h"

struct item *slots[8];
struct item *favorite;
struct item *grid[2][3];

static void check_item(const char *what, const struct item *it, long id, int w)
{
	char n[64];
	snprintf(n, sizeof n, "%s", what);
	if (!check_nonnull(n, it))
		return;
	check_int(F("%s->id", n), it->id, id);
	check_int(F("%s->weight", n), it->weight, w);
}

int test_check(void)
{
	check_item("slots[0]", slots[0], 1, -5);
	check_ptr("slots[1]", slots[1], NULL);
	check_item("slots[2]", slots[2], 2, 300);
	check_ptr("slots[3] (same item as slots[0])", slots[3], slots[0]);
	check_ptr("slots[4]", slots[4], NULL);
	check_item("slots[5]", slots[5], 3, 32767);
	check_ptr("slots[6] (same item as slots[2])", slots[6], slots[2]);
	check_ptr("slots[7]", slots[7], NULL);
	check_distinct("slots[0] and slots[2]", slots[0], slots[2]);
	check_distinct("slots[0] and slots[5]", slots[0], slots[5]);
	check_distinct("slots[2] and slots[5]", slots[2], slots[5]);
	check_ptr("favorite (same item as slots[5])", favorite, slots[5]);
	check_item("grid[0][0]", grid[0][0], 4, 0);
	check_ptr("grid[0][1]", grid[0][1], NULL);
	check_ptr("grid[0][2] (same item as slots[0])", grid[0][2], slots[0]);
	check_ptr("grid[1][0] (same item as grid[0][0])", grid[1][0], grid[0][0]);
	check_item("grid[1][1]", grid[1][1], 5, -32768);
	check_ptr("grid[1][2]", grid[1][2], NULL);
	return check_done();
}
