#include <stdlib.h>
#include "old.h"

struct tnode *root;
struct item *long_list;
struct conf *the_conf;

enum { LONG_LIST = 200000, DEPTH = 12 };

static void *must(void *p)
{
	if (p == NULL)
		abort();
	return p;
}

static struct item *list(int n, int base)
{
	struct item *head = NULL;
	while (n-- > 0) {
		struct item *it = must(calloc(1, sizeof *it));
		it->v = base + n;
		it->next = head;
		head = it;
	}
	return head;
}

/* Node k (1-based, heap order) has children 2k and 2k+1 and k % 4 items. */
static struct tnode *tree(int k, int depth)
{
	struct tnode *t;
	if (depth == 0)
		return NULL;
	t = must(calloc(1, sizeof *t));
	t->key = k;
	t->items = list(k % 4, 1000 * k);
	t->conf = the_conf;
	t->left = tree(2 * k, depth - 1);
	t->right = tree(2 * k + 1, depth - 1);
	return t;
}

void test_setup(void)
{
	the_conf = must(calloc(1, sizeof *the_conf));
	the_conf->level = 7;
	root = tree(1, DEPTH);
	long_list = list(LONG_LIST, 0);
}
