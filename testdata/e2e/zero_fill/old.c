#include <stdlib.h>
#include <string.h>
#include "old.h"

struct rec g;
struct rec *heap[64];

void test_setup(void)
{
	void *dirty[4096];
	int i;
	/* Blocks the size of a new struct rec (32 bytes) and near it,
	 * filled with 0xAA and freed: a malloc that does not clear gets
	 * them back dirty. */
	for (i = 0; i < 4096; i++) {
		dirty[i] = malloc(24 + (size_t)(i % 3) * 8);
		memset(dirty[i], 0xAA, 24 + (size_t)(i % 3) * 8);
	}
	for (i = 0; i < 4096; i++)
		free(dirty[i]);
	g.a = 5;
	for (i = 0; i < 64; i++) {
		heap[i] = malloc(sizeof *heap[i]);
		heap[i]->a = i;
	}
}
