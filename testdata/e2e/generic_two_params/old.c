#include <stdlib.h>
#include <string.h>
#include "old.h"

struct pair *users;
struct pair *reverse;
unsigned long blob0_addr;

void test_setup(void)
{
	int i;
	for (i = 3; i >= 0; i--) {
		struct ukey *k = malloc(sizeof *k);
		struct blob *b = calloc(1, sizeof *b);
		struct pair *p = malloc(sizeof *p), *r = malloc(sizeof *r);
		k->uid = 500 + i;
		k->shard = (short)(i - 2);
		b->bytes[0] = (char)('a' + i);
		p->key = k;
		p->val = b;
		p->next = users;
		users = p;
		/* The reverse map shares the same keys and blobs, swapped. */
		r->key = b;
		r->val = k;
		r->next = reverse;
		reverse = r;
		if (i == 0)
			blob0_addr = (unsigned long)b;
	}
}
