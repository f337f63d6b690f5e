#include "new.h"
#include "../check.h"

struct registry reg = { 0, 0, 0, -1, 0, -1, -1 };
unsigned long cached_addr;

static const char *kname(int k)
{
	switch (k) {
	case K_A: return "K_A";
	case K_B: return "K_B";
	case K_C: return "K_C";
	}
	return "(no enumerator)";
}

int test_check(void)
{
	static const enum kind kinds[3] = { K_A, K_B, K_C };
	int i;

	if (check_nonnull("reg.mods", reg.mods)) {
		for (i = 0; i < 5; i++) {
			int id = i == 1 || i == 3 ? 42 : i;
			int prio = i == 1 || i == 3 ? -42 : 100 * i - 150;
			if (!check_nonnull(F("reg.mods[%d]", i), reg.mods[i]))
				break;
			check_int(F("reg.mods[%d]->id", i), reg.mods[i]->id, id);
			check_int(F("reg.mods[%d]->prio", i), reg.mods[i]->prio, prio);
			check_int(F("reg.mods[%d]->hits (E_IGNORE, in an allocated object: zero)", i),
				  reg.mods[i]->hits, 0);
		}
		if (i == 5) {
			check_ptr("reg.mods[3] (the same mod as reg.mods[1])", reg.mods[3], reg.mods[1]);
			check_ptr("reg.mods[5] (the NULL that ends the array)", reg.mods[5], NULL);
		}
	}
	if (check_nonnull("reg.opts", reg.opts)) {
		for (i = 0; i < 3; i++) {
			check_int(F("reg.opts[%d].code", i), reg.opts[i].code, i + 1);
			check_int(F("reg.opts[%d].val", i), reg.opts[i].val, i == 1 ? 0 : -7 * (i + 1));
		}
		check_int("reg.opts[3].code (the zero element that ends the array)", reg.opts[3].code, 0);
		check_int("reg.opts[3].val (the zero element that ends the array)", reg.opts[3].val, 0);
	}
	check_ptr("reg.cached (E_OPAQUE: the old object, as is)", reg.cached, (void *)cached_addr);
	check_int("reg.nkinds", reg.nkinds, 5);
	if (check_nonnull("reg.kinds", reg.kinds))
		for (i = 0; i < 5; i++)
			if (reg.kinds[i] != kinds[i % 3])
				check_fail(F("reg.kinds[%d]", i), "got %d (%s), want %d (%s)", (int)reg.kinds[i],
					   kname(reg.kinds[i]), (int)kinds[i % 3], kname(kinds[i % 3]));
	check_int("reg.scratch (E_IGNORE, in a global: the new program's initial value)", reg.scratch, -1);
	check_int("reg.lookups (E_IGNORE, in a global: the new program's initial value)", reg.lookups, -1);
	return check_done();
}
