#define _GNU_SOURCE
#include <dlfcn.h>
#include "new.h"
#include "../check.h"

/* Version 2's handlers: the migrated pointers must reach these, not
 * version 1's (which answer x+1, x+2, x+3). */
int h_get(int x) { return x + 101; }
int h_put(int x) { return x + 102; }
int h_del(int x) { return x + 103; }

struct route routes[4];
handler_fn fallback;
struct route *dyn_route;
handler_fn *slot;

/* fname says which function of which object f points at. */
static const char *fname(handler_fn f)
{
	Dl_info info;
	if (f == NULL)
		return "NULL";
	if (dladdr(*(void **)&f, &info) == 0 || info.dli_sname == NULL)
		return "not a known function";
	return F("%s in %s", info.dli_sname, info.dli_fname);
}

static void check_fn(const char *field, handler_fn got, handler_fn want)
{
	if (got != want)
		check_fail(field, "got %p (%s), want %p (%s)", *(void **)&got, fname(got), *(void **)&want,
			   fname(want));
	else if (want != NULL)
		check_int(F("%s(1)", field), got(1), want(1));
}

int test_check(void)
{
	check_int("routes[0].code", routes[0].code, 1);
	check_fn("routes[0].fn", routes[0].fn, h_get);
	check_int("routes[1].code", routes[1].code, 2);
	check_fn("routes[1].fn", routes[1].fn, h_put);
	check_int("routes[2].code", routes[2].code, 3);
	check_fn("routes[2].fn", routes[2].fn, NULL);
	check_int("routes[3].code", routes[3].code, 4);
	check_fn("routes[3].fn", routes[3].fn, h_get);
	/* handler_fn did not change, but the old code goes away with the
	 * old version: the pointer must still be remapped by name. */
	check_fn("fallback", fallback, h_del);
	check_ptr("slot (&routes[1].fn of the new routes)", slot, &routes[1].fn);
	if (check_nonnull("dyn_route", dyn_route)) {
		check_int("dyn_route->code", dyn_route->code, 9);
		check_fn("dyn_route->fn", dyn_route->fn, h_del);
	}
	return check_done();
}
