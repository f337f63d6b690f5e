#include <stdlib.h>
#include <string.h>
#include "old.h"

struct list *items;
struct list *tags;
unsigned long tag0_addr;

static struct list *push(struct list *head, void *data)
{
	struct list *l = malloc(sizeof *l);
	l->data = data;
	l->next = head;
	return l;
}

void test_setup(void)
{
	struct item *shared;
	int i;
	/* Built back to front: items holds ids 0..5 in order; the item of
	 * id 2 is also the data of the node at index 4. */
	shared = malloc(sizeof *shared);
	shared->id = 2;
	shared->qty = 20;
	for (i = 5; i >= 0; i--) {
		struct item *it;
		if (i == 2 || i == 4) {
			it = shared;
		} else {
			it = malloc(sizeof *it);
			it->id = i;
			it->qty = i * 10 - 25;
		}
		items = push(items, it);
	}
	for (i = 2; i >= 0; i--) {
		struct tag *t = calloc(1, sizeof *t);
		t->text[0] = (char)('x' + i);
		if (i == 0)
			tag0_addr = (unsigned long)t;
		tags = push(tags, t);
	}
}
