/* Version 2: struct sess reordered, widened and flagged; the counters
 * widened. test_check reads the statics through server.c's accessors. */
#ifndef NEW_H
#define NEW_H

struct sess {
	long bytes;
	int id;
	struct sess *next;
	int big;
};

extern long total_requests;
extern long hits_at_update; /* new: from the old file static, by its key */

int handle(int id);
void server_add(int id);
struct sess *server_sessions(void);
long server_hits(void);
long server_calls(void);

#endif
