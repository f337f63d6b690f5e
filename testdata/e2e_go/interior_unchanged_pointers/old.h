/* Pointers of an unchanged type into objects that are migrated: an
 * int * to a member of a changed global, and an intrusive list (a
 * struct link embedded in changed structs, as C servers chain their
 * connections). struct link and int did not change, but the objects the
 * pointers point into did: those objects are rebuilt in the new
 * version, so "keep the old object in place" would leave the pointers
 * in the old copies, where the new program never looks again. They
 * must follow their objects, as the pointers of a changed type do. */
#ifndef OLD_H
#define OLD_H

struct link {
	struct link *next;
	struct link *prev;
};

struct conn {
	int fd;
	struct link link; /* in the list of live connections */
};

struct conf {
	int port;
	int backlog;
};

extern struct conf conf;
extern int *port_ptr;         /* &conf.port */
extern struct link live;      /* the list head: live.next is conns[0]'s link */
extern struct conn *conns[3];

#endif
