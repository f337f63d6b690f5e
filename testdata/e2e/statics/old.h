/* Version 1 of a server whose state lives in statics of server.c: a
 * file static list of sessions, a file static counter, and a static
 * local of a function, plus one global. xfgen reads old/server.c and
 * new/server.c (expect: xfgen-old, xfgen-new), so the statics' keys are
 * server.c/sessions, server.c/hits and server.c/handle#calls, and
 * xf_dl_lookup finds them in the shared objects' symbol tables. */
#ifndef OLD_H
#define OLD_H

struct sess {
	int id;
	int bytes;
	struct sess *next;
};

extern int total_requests;

int handle(int id);
void server_init(void);

#endif
