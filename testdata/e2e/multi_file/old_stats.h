#ifndef OLD_STATS_H
#define OLD_STATS_H
#include "old_conn.h"
struct stats {
	int accepted;
	struct conn *busiest;
};
extern struct stats stats;
#endif
