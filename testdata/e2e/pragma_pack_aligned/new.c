#include <stdio.h>
#include "new.h"

struct wire packets[3];
struct cacheline lines[2];
struct mixed mix;

#define CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); fails++; } } while (0)

int test_check(void)
{
	int fails = 0, i;
	for (i = 0; i < 3; i++) {
		CHECK(packets[i].kind == 'a' + i, "packets[%d].kind: got %d, want %d", i, packets[i].kind, 'a' + i);
		CHECK(packets[i].flags == ('a' + i) * 2, "packets[%d].flags: got %d, want %d", i, packets[i].flags, ('a' + i) * 2);
		CHECK(packets[i].len == 1000 + i, "packets[%d].len: got %d, want %d", i, packets[i].len, 1000 + i);
		CHECK(packets[i].seq == 1L << (40 + i), "packets[%d].seq: got %ld, want %ld", i, packets[i].seq, 1L << (40 + i));
	}
	for (i = 0; i < 2; i++) {
		CHECK(lines[i].hits == 7 * (i + 1), "lines[%d].hits: got %ld, want %d", i, lines[i].hits, 7 * (i + 1));
		CHECK(lines[i].counter == -5000000000L * (i + 1), "lines[%d].counter: got %ld, want %ld", i, lines[i].counter, -5000000000L * (i + 1));
		CHECK(lines[i].tag == 'x' + i, "lines[%d].tag: got %d, want %d", i, lines[i].tag, 'x' + i);
	}
	CHECK(mix.c == 3, "mix.c: got %d, want 3", mix.c);
	CHECK(mix.x == 123456, "mix.x: got %d, want 123456", mix.x);
	CHECK(mix.a == 5, "mix.a: got %u, want 5", mix.a);
	CHECK(mix.after == 9, "mix.after: got %d, want 9", mix.after);
	CHECK(mix.id == -77, "mix.id: got %ld, want -77", mix.id);
	return fails;
}
