#include <stdio.h>
#include <string.h>
#include "new.h"
#include "../check.h"

struct logger logger;
log_level_t levels[4];

int test_check(void)
{
	static const log_level_t want[4] = { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };
	char line[64] = "";
	int i;
	check_int("logger.level (LOG_WARN, by name through the typedef)", logger.level, LOG_WARN);
	check_int("logger.lines", logger.lines, 3);
	for (i = 0; i < 4; i++)
		check_int(F("levels[%d]", i), levels[i], want[i]);
	if (check_nonnull("logger.out", logger.out)) {
		/* The stream is version 1's, still open: version 2 writes on. */
		fputs("line from version 2\n", logger.out);
		rewind(logger.out);
		if (fgets(line, sizeof line, logger.out) == NULL)
			line[0] = 0;
		check_str("logger.out's first line", line, "line from version 1\n");
	}
	return check_done();
}
