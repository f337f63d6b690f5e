#include "server.h"

struct server_stats stats = { .lock = PTHREAD_MUTEX_INITIALIZER };
const char server_rev[] = "1.4.2";
