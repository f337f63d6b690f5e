#include "old.h"

struct wire packets[3];
struct cacheline lines[2];
struct mixed mix;

void test_setup(void)
{
	int i;
	mix.c = 3;
	mix.x = 123456;
	mix.a = 5;
	mix.after = 9;
	mix.id = -77;
	for (i = 0; i < 3; i++) {
		packets[i].kind = (char)('a' + i);
		packets[i].len = 1000 + i;
		packets[i].seq = 1L << (40 + i);
	}
	for (i = 0; i < 2; i++) {
		lines[i].hits = 7 * (i + 1);
		lines[i].counter = -5000000000L * (i + 1);
		lines[i].tag = (char)('x' + i);
	}
}
