#include "new.h"
#include "../check.h"

struct msg msgs[2];
struct item (*rows)[3];
const struct item *ro_item;
volatile sig_atomic_t got_signal;
uint64_t crc_table_size;
char hostname[32] = "new-host-initial-value-xxxxxxxx";

/* check_zero_tail: the elements an array gained, a[from..to-1], are zero. */
static void check_zero_tail(const char *what, const char *a, int from, int to)
{
	int j, nonzero = 0, first = -1;
	for (j = from; j < to; j++)
		if (a[j] != 0 && nonzero++ == 0)
			first = j;
	if (nonzero)
		check_fail(F("%s[%d..%d] (added elements)", what, from, to - 1),
			   "got %d non-zero bytes, the first at [%d] = %d ('%c'), want all zero", nonzero, first, a[first],
			   a[first]);
}

int test_check(void)
{
	int i, j;
	for (i = 0; i < 2; i++) {
		check_int(F("msgs[%d].kind", i), msgs[i].kind, 3 + i);
		check_int(F("msgs[%d].code (anonymous union)", i), msgs[i].code, -1000 * (i + 1));
		check_uint(F("msgs[%d].src_port (anonymous struct; uint16_t -> uint32_t)", i), msgs[i].src_port,
			   60000u + (unsigned)i);
		check_int(F("msgs[%d].seq (anonymous struct; int32_t -> int64_t)", i), msgs[i].seq, -5 - i);
		check_str(F("msgs[%d].label", i), msgs[i].label, i ? "second" : "first");
		check_str(F("msgs[%d].name", i), msgs[i].name, i ? "1234567" : "abc");
		check_zero_tail(F("msgs[%d].name", i), msgs[i].name, 8, 12);
	}
	if (check_nonnull("rows", rows))
		for (j = 0; j < 3; j++)
			check_int(F("(*rows)[%d].id (pointer to an array)", j), (*rows)[j].id, 10 + j);
	if (check_nonnull("ro_item", ro_item))
		check_int("ro_item->id (const pointee)", ro_item->id, INT32_MIN);
	check_int("got_signal (volatile sig_atomic_t)", got_signal, 1);
	check_uint("crc_table_size (uint32_t -> uint64_t)", crc_table_size, 4000000000u);
	/* LANGUAGE.md: "a longer new array gets zero-filled extra
	 * elements", whatever the new program initialized them to. */
	check_str("hostname (char[16] -> char[32])", hostname, "old-host");
	check_zero_tail("hostname", hostname, 16, 32);
	return check_done();
}
