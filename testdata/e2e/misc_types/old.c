#include <stdlib.h>
#include <string.h>
#include "old.h"
#include "../check.h"

struct msg msgs[2];
struct item (*rows)[3];
const struct item *ro_item;
volatile sig_atomic_t got_signal;
uint32_t crc_table_size;
char hostname[16];

static const char *labels[2] = { "first", "second" };

void test_setup(void)
{
	struct item *it;
	int i, j;
	for (i = 0; i < 2; i++) {
		msgs[i].kind = 3 + i;
		msgs[i].code = -1000 * (i + 1);
		msgs[i].src_port = (uint16_t)(60000 + i);
		msgs[i].seq = -5 - i;
		msgs[i].label = labels[i];
		memcpy(msgs[i].name, i ? "1234567" : "abc", i ? 8 : 4);
	}
	rows = malloc(sizeof *rows);
	for (j = 0; j < 3; j++)
		(*rows)[j].id = 10 + j;
	it = malloc(sizeof *it);
	it->id = INT32_MIN;
	ro_item = it;
	got_signal = 1;
	crc_table_size = 4000000000u;
	strcpy(hostname, "old-host");
}

int test_old_intact(void)
{
	check_int("old msgs[1].seq", msgs[1].seq, -6);
	check_int("old (*rows)[2].id", (*rows)[2].id, 12);
	check_int("old ro_item->id", ro_item->id, INT32_MIN);
	return check_done();
}
