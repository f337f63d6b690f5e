#include "new.h"
#include "../check.h"

struct ref first;
struct table *table;

int test_check(void)
{
	int i;
	if (!check_nonnull("table", table))
		return check_done();
	check_int("table->n", table->n, 2);
	for (i = 0; i < 2; i++) {
		check_int(F("rows[%d].head.v", i), table->rows[i].head.v, 10 * i + 1);
		check_int(F("rows[%d].tail[0].v", i), table->rows[i].tail[0].v, 10 * i + 2);
		check_int(F("rows[%d].extra", i), table->rows[i].extra, 9);
	}
	check_ptr("first.to (&rows[1].head)", first.to, &table->rows[1].head);
	check_ptr("rows[0].head.peer (&rows[1].head)", table->rows[0].head.peer, &table->rows[1].head);
	check_ptr("rows[1].tail[0].peer (&rows[1].head)", table->rows[1].tail[0].peer, &table->rows[1].head);
	check_ptr("rows[1].head.peer", table->rows[1].head.peer, NULL);
	check_ptr("rows[0].tail[0].peer", table->rows[0].tail[0].peer, NULL);
	return check_done();
}
