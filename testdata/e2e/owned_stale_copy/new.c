#include "new.h"
#include "../check.h"

struct vec *a_vec;
struct holder *b_holder;
struct three *c_three;

int test_check(void)
{
	int i;
	if (!check_nonnull("a_vec", a_vec) || !check_nonnull("a_vec->items", a_vec->items) ||
	    !check_nonnull("b_holder", b_holder) || !check_nonnull("c_three", c_three) ||
	    !check_nonnull("c_three->more", c_three->more))
		return check_done();
	check_int("a_vec->n", a_vec->n, 2);
	for (i = 0; i < 2; i++) {
		check_int(F("items[%d].v", i), a_vec->items[i].v, 100 + i);
		check_int(F("items[%d].next.score[0]", i), a_vec->items[i].next.score[0], 10 * i);
		check_int(F("items[%d].next.score[1]", i), a_vec->items[i].next.score[1], 10 * i + 1);
	}
	check_ptr("c_three->tag (&items[0])", c_three->tag, &a_vec->items[0]);
	check_ptr("c_three->more->tag (&items[1])", c_three->more->tag, &a_vec->items[1]);
	check_ptr("c_three->more->more", c_three->more->more, NULL);
	check_ptr("b_holder->port (&items[1].next.score[1])", b_holder->port, &a_vec->items[1].next.score[1]);
	return check_done();
}
