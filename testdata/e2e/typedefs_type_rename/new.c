#include "new.h"
#include "../check.h"

range_t limits;
session_p current;
session_t sessions[2];
struct peer *gateway;
struct peer peers[2];
counter_t served;

int test_check(void)
{
	check_int("limits.lo", limits.lo, -100);
	check_int("limits.hi", limits.hi, 2000000000);
	check_int("sessions[0].id", sessions[0].id, 1);
	check_int("sessions[0].window.lo", sessions[0].window.lo, 10);
	check_int("sessions[0].window.hi", sessions[0].window.hi, 20);
	check_int("sessions[1].id", sessions[1].id, 2);
	check_int("sessions[1].window.lo", sessions[1].window.lo, -30);
	check_int("sessions[1].window.hi", sessions[1].window.hi, 40);
	check_ptr("sessions[1].peer", sessions[1].peer, NULL);
	if (check_nonnull("current", current)) {
		check_int("current->id", current->id, 3);
		check_int("current->window.lo", current->window.lo, 5);
		check_int("current->window.hi", current->window.hi, 6);
		check_ptr("current->peer (itself)", current->peer, current);
		check_ptr("sessions[0].peer (the same session as current)", sessions[0].peer, current);
	}
	if (check_nonnull("gateway", gateway)) {
		check_int("gateway->addr (struct old_peer -> struct peer)", gateway->addr, 0x7f000001);
		check_uint("gateway->port", gateway->port, 443);
	}
	check_int("peers[0].addr", peers[0].addr, -1);
	check_uint("peers[0].port", peers[0].port, 65535);
	check_int("peers[1].addr", peers[1].addr, 0);
	check_uint("served (counter_t: unsigned int -> unsigned long)", served, 4000000000u);
	return check_done();
}
