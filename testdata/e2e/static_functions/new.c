#include "new.h"
#include "../check.h"

static void *fp(handler_fn f) { return *(void **)&f; }

static void check_fn(const char *field, handler_fn got, handler_fn want, int arg, int result)
{
	if (got != want) {
		check_fail(field, "got %p, want %p (version 2's function)", fp(got), fp(want));
		return;
	}
	check_int(F("%s(%d)", field, arg), got(arg), result);
}

int test_check(void)
{
	check_int("routes[0].code", routes[0].code, 1);
	check_fn("routes[0].fn (static get)", routes[0].fn, handlers_get(0), 1, 102);
	check_int("routes[1].code", routes[1].code, 2);
	check_fn("routes[1].fn (static put)", routes[1].fn, handlers_get(1), 1, 103);
	check_fn("routes[2].fn (static get)", routes[2].fn, handlers_get(0), 1, 102);
	check_fn("on_exit_a (static cleanup of handlers.c)", on_exit_a, handlers_get(2), 1, 104);
	check_fn("on_exit_b (static cleanup of other.c)", on_exit_b, other_cleanup(), 1, 105);
	return check_done();
}
