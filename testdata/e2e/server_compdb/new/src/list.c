#include <stdlib.h>
#include "list.h"

struct list *list_push(struct list *l, void *data)
{
	struct list *n = calloc(1, sizeof *n);
	if (n == NULL)
		abort();
	n->data = data;
	n->next = l;
	return n;
}

size_t list_len(const struct list *l)
{
	size_t n = 0;
	for (; l != NULL; l = l->next)
		n++;
	return n;
}
