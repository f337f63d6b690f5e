/* A version given to xfgen as two headers (expect: xfgen-old twice),
 * each its own translation unit, with types merged by name: conn.h
 * declares the connections, stats.h the counters that point at them. */
#ifndef OLD_H
#define OLD_H
#include "old_conn.h"
#include "old_stats.h"
#endif
