#include <stdlib.h>
#include "old.h"

struct tnode *root;

void test_setup(void)
{
	/* pool[k] is node k + 2 of a heap-ordered tree of 7 nodes: node i's
	 * children are 2i and 2i + 1; node 1 is the root, on its own. */
	struct tnode *pool = calloc(6, sizeof *pool);
	int i;
	root = calloc(1, sizeof *root);
	if (pool == NULL || root == NULL)
		abort();
	root->key = 1;
	root->left = &pool[0];
	root->right = &pool[6]; /* one past the end */
	root->npool = 6;
	root->pool = pool;
	for (i = 2; i <= 7; i++) {
		struct tnode *t = &pool[i - 2];
		t->key = i;
		if (2 * i <= 7) {
			t->left = &pool[2 * i - 2];
			t->right = &pool[2 * i + 1 - 2];
		}
	}
}
