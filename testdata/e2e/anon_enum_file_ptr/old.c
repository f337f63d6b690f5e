#include <stdio.h>
#include "old.h"

struct logger logger;
log_level_t levels[4];

void test_setup(void)
{
	logger.level = LOG_WARN;
	logger.out = tmpfile();
	logger.lines = 3;
	fputs("line from version 1\n", logger.out);
	levels[0] = LOG_DEBUG;
	levels[1] = LOG_INFO;
	levels[2] = LOG_WARN;
	levels[3] = LOG_ERROR;
}
