/* Pointers to globals and into them: a pointer to a whole global
 * struct, to a struct member of a global, and a heap object pointing
 * back at the global. Each pointee is one old object that the new
 * version already has (the global, or a member of it): the pointers
 * must point at the new global, or the two versions' notions of "the
 * config" drift apart after the update. */
#ifndef OLD_H
#define OLD_H

struct limits {
	int soft;
	int hard;
};

struct conf {
	int port;
	struct limits lim;
};

struct client {
	int id;
	struct conf *conf;
	struct limits *lim;
};

extern struct conf conf;
extern struct conf *active_conf; /* &conf */
extern struct limits *active_lim; /* &conf.lim */
extern struct client *client;     /* client->conf == &conf */

#endif
