/* The generic list's own functions: their bodies reach the members of
 * the list through its self-referential next, annotated with E_G after
 * the tag as xfgen/annotations.h shows. */
#include <stddef.h>
#include "../old.h"

struct list_cursor {
	struct list E_G(struct item) *at;
	int index;
};

int list_length(const struct list *l)
{
	int n = 0;
	for (; l != NULL; l = l->next)
		n++;
	return n;
}

void *list_nth(struct list *l, int n)
{
	while (n-- > 0 && l->next != NULL)
		l = l->next;
	return l->next == NULL && n > 0 ? NULL : l->data;
}

void *list_second(const struct list *l)
{
	return l->next != NULL ? l->next->data : NULL;
}

void *cursor_next(struct list_cursor *c)
{
	if (c->at == NULL)
		return NULL;
	c->at = c->at->next;
	c->index++;
	return c->at != NULL ? c->at->data : NULL;
}
