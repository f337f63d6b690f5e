/* An anonymous enum behind a typedef, reordered in version 2 (mapped by
 * name through the typedef), and a FILE * log stream: a pointer to a
 * C library type, the same in both versions, kept as it is and still
 * usable. */
#ifndef OLD_H
#define OLD_H

#include <stdio.h>

typedef enum { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR } log_level_t;

struct logger {
	log_level_t level;
	FILE *out;
	int lines;
};

extern struct logger logger;
extern log_level_t levels[4];

#endif
