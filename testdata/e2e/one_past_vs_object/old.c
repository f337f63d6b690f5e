#include <stdlib.h>
#include "old.h"
#include "../check.h"

struct holder h;
struct holder *hp;
struct item *pb;
struct item *hpb;

void test_setup(void)
{
	h.a[0].id = 1;
	h.a[1].id = 2;
	h.b.id = 3;
	h.tail = 4;
	hp = malloc(sizeof *hp);
	*hp = h;
	hp->b.id = 33;
	pb = &h.b;
	hpb = &hp->b;
}

int test_old_intact(void)
{
	check_ptr("old pb", pb, &h.b);
	check_ptr("old hpb", hpb, &hp->b);
	return check_done();
}
