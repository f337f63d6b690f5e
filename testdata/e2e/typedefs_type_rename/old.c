#include <stdlib.h>
#include "old.h"

range_t limits;
session_p current;
session_t sessions[2];
struct old_peer *gateway;
struct old_peer peers[2];
counter_t served;

void test_setup(void)
{
	limits.lo = -100;
	limits.hi = 2000000000;
	sessions[0].id = 1;
	sessions[0].window.lo = 10;
	sessions[0].window.hi = 20;
	sessions[1].id = 2;
	sessions[1].window.lo = -30;
	sessions[1].window.hi = 40;
	current = malloc(sizeof *current);
	current->id = 3;
	current->window.lo = 5;
	current->window.hi = 6;
	current->peer = current; /* talks to itself */
	sessions[0].peer = current;
	sessions[1].peer = NULL;
	gateway = malloc(sizeof *gateway);
	gateway->addr = 0x7f000001;
	gateway->port = 443;
	peers[0].addr = -1;
	peers[0].port = 65535;
	peers[1].addr = 0;
	peers[1].port = 0;
	served = 4000000000u;
}
