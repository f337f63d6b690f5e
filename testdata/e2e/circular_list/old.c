#include <stdlib.h>
#include "old.h"

struct dnode *ring;
struct dnode *cursor;
struct dnode *loner;
int ring_len;

void test_setup(void)
{
	struct dnode *prev = NULL;
	int i;
	ring_len = 1000;
	for (i = 0; i < ring_len; i++) {
		struct dnode *n = malloc(sizeof *n);
		n->val = i * 3 - 7;
		n->prev = prev;
		n->next = NULL;
		if (prev)
			prev->next = n;
		else
			ring = n;
		if (i == 500)
			cursor = n;
		prev = n;
	}
	prev->next = ring;
	ring->prev = prev;

	loner = malloc(sizeof *loner);
	loner->val = 31337;
	loner->prev = loner->next = loner;
}
