#include <stdio.h>
#include <string.h>
#include "new.h"

struct slot slots[2];
int twice(int x) { return 2 * x; }
int negate(int x) { return -x; }

#define CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); fails++; } } while (0)

int test_check(void)
{
	int fails = 0, s, i, j;
	for (s = 0; s < 2; s++) {
		struct slot *p = &slots[s];
		for (i = 0; i < 3; i++)
			for (j = 0; j < 4; j++)
				CHECK(p->grid[i][j] == 100 * s + 10 * i + j, "slots[%d].grid[%d][%d]: got %d, want %d", s, i, j, p->grid[i][j], 100 * s + 10 * i + j);
		CHECK(strcmp(p->name, s ? "beta" : "alpha") == 0, "slots[%d].name: got %.16s", s, p->name);
		for (i = 8; i < 16; i++)
			CHECK(p->name[i] == 0, "slots[%d].name[%d]: got %d, want 0 (grown part)", s, i, p->name[i]);
		CHECK(p->on_event == (s ? negate : twice), "slots[%d].on_event: not the new version's function", s);
		CHECK(p->on_event && p->on_event(21) == (s ? -21 : 42), "slots[%d].on_event(21) wrong", s);
		CHECK(p->active == (s == 1), "slots[%d].active: got %d", s, p->active);
		CHECK(p->weight == 1.5L + s, "slots[%d].weight: got %Lf", s, p->weight);
		CHECK(p->as_float == 0.25f * (float)(s + 1), "slots[%d].as_float: got %f", s, p->as_float);
		CHECK(p->hooks[0] == twice, "slots[%d].hooks[0]: not the new twice", s);
		CHECK(p->hooks[1] == (s ? NULL : negate), "slots[%d].hooks[1]: wrong", s);
		CHECK(p->tag == -7 - s, "slots[%d].tag: got %d", s, p->tag);
	}
	return fails;
}
