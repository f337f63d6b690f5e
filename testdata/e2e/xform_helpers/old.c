#include <stdlib.h>
#include "old.h"

struct bag bag;
struct item *spotlight;
struct item *favorite;
int legacy_count;
int version = 1;

void test_setup(void)
{
	bag.n = 2;
	bag.main.id = 7;
	bag.main.qty = 70;
	bag.extra = malloc(sizeof *bag.extra);
	bag.extra->id = 8;
	bag.extra->qty = -80;
	spotlight = bag.extra;
	favorite = bag.extra;
	legacy_count = 21;
}
