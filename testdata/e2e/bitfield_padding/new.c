#include <stdio.h>
#include "new.h"

struct flags settings[3];

int test_check(void)
{
	int i, fails = 0;
	for (i = 0; i < 3; i++) {
		if (settings[i].mode != ((unsigned)(5 + i) & 7)) {
			fprintf(stderr, "settings[%d].mode: got %u, want %u\n", i, settings[i].mode, (unsigned)(5 + i) & 7);
			fails++;
		}
		if (settings[i].level != (unsigned)(9 + i)) {
			fprintf(stderr, "settings[%d].level: got %u, want %u\n", i, settings[i].level, (unsigned)(9 + i));
			fails++;
		}
		if (settings[i].owner != (unsigned)(100 + i)) {
			fprintf(stderr, "settings[%d].owner: got %u, want %u\n", i, settings[i].owner, (unsigned)(100 + i));
			fails++;
		}
		if (settings[i].id != -1000L * (i + 1)) {
			fprintf(stderr, "settings[%d].id: got %ld, want %ld\n", i, settings[i].id, -1000L * (i + 1));
			fails++;
		}
	}
	return fails;
}
