#ifndef NEW_H
#define NEW_H
#include "new_conn.h"
#include "new_stats.h"
#endif
