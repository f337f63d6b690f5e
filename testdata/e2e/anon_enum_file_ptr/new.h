#ifndef NEW_H
#define NEW_H

#include <stdio.h>

typedef enum { LOG_ERROR, LOG_WARN, LOG_NOTICE, LOG_INFO, LOG_DEBUG } log_level_t;

struct logger {
	FILE *out;
	long lines;
	log_level_t level;
};

extern struct logger logger;
extern log_level_t levels[4];

#endif
