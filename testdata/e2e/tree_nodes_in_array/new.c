#include "new.h"
#include "../check.h"

struct tnode *root;

int test_check(void)
{
	int i;
	struct tnode *pool;
	if (!check_nonnull("root", root) || !check_nonnull("root->pool", root->pool))
		return check_done();
	pool = root->pool;
	check_int("root->key", root->key, 1);
	check_int("root->npool", root->npool, 6);
	check_ptr("root->left (&pool[0])", root->left, &pool[0]);
	check_ptr("root->right (one past the end of pool)", root->right, &pool[6]);
	for (i = 2; i <= 7; i++) {
		struct tnode *t = &pool[i - 2];
		check_int(F("node %d .key", i), t->key, i);
		check_ptr(F("node %d .left", i), t->left, 2 * i <= 7 ? &pool[2 * i - 2] : NULL);
		check_ptr(F("node %d .right", i), t->right, 2 * i <= 7 ? &pool[2 * i + 1 - 2] : NULL);
		check_ptr(F("node %d .pool", i), t->pool, NULL);
	}
	return check_done();
}
