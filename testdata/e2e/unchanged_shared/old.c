#include <stdlib.h>
#include <string.h>
#include "old.h"

struct blob *shared_blob;
struct holder holders[2];
struct holder *hp;
unsigned long blob_addr[2];

void test_setup(void)
{
	struct blob *b0 = calloc(1, sizeof *b0), *b1 = calloc(1, sizeof *b1);
	b0->len = 5;
	memcpy(b0->bytes, "hello", 5);
	b0->next = b1;
	b1->len = 3;
	memcpy(b1->bytes, "bye", 3);
	b1->next = b0;
	shared_blob = b0;
	holders[0].x = -1;
	holders[0].b = b0;
	holders[1].x = 2;
	holders[1].b = b1;
	hp = malloc(sizeof *hp);
	hp->x = 3;
	hp->b = b1;
	blob_addr[0] = (unsigned long)b0;
	blob_addr[1] = (unsigned long)b1;
}
