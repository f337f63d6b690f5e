#include <stdlib.h>
#include "old.h"

struct ref first;
struct table *table;

void test_setup(void)
{
	int i;
	table = calloc(1, sizeof *table);
	if (table == NULL)
		abort();
	table->n = 2;
	for (i = 0; i < 2; i++) {
		table->rows[i].head.v = 10 * i + 1;
		table->rows[i].tail[0].v = 10 * i + 2;
	}
	table->rows[0].head.peer = &table->rows[1].head;
	table->rows[1].tail[0].peer = &table->rows[1].head;
	first.to = &table->rows[1].head;
}
