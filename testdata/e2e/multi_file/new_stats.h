#ifndef NEW_STATS_H
#define NEW_STATS_H
#include "new_conn.h"
struct stats {
	struct conn *busiest;
	long accepted;
};
extern struct stats stats;
#endif
