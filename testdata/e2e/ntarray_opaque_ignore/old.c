#include <stdlib.h>
#include "old.h"

struct registry reg;
unsigned long cached_addr;

void test_setup(void)
{
	struct mod *shared;
	int i;

	reg.mods = calloc(6, sizeof *reg.mods);
	shared = malloc(sizeof *shared);
	shared->id = 42;
	shared->prio = -42;
	shared->hits = 1;
	for (i = 0; i < 5; i++) {
		if (i == 1 || i == 3) {
			reg.mods[i] = shared;
			continue;
		}
		reg.mods[i] = malloc(sizeof *reg.mods[i]);
		reg.mods[i]->id = i;
		reg.mods[i]->prio = (short)(100 * i - 150);
		reg.mods[i]->hits = 1000 + i;
	}
	reg.mods[5] = NULL;

	reg.opts = calloc(4, sizeof *reg.opts);
	for (i = 0; i < 3; i++) {
		reg.opts[i].code = i + 1;
		reg.opts[i].val = i == 1 ? 0 : -7 * (i + 1); /* a zero member, not a zero element */
	}

	reg.cached = malloc(sizeof *reg.cached);
	reg.cached->id = 9;
	reg.cached->prio = 99;
	reg.cached->hits = 3;
	cached_addr = (unsigned long)reg.cached;

	reg.nkinds = 5;
	reg.kinds = malloc(5 * sizeof *reg.kinds);
	for (i = 0; i < 5; i++)
		reg.kinds[i] = (enum kind)(i % 3);
	reg.scratch = 12345;
}
