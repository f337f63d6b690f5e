#ifndef NEW_H
#define NEW_H

struct limits {
	long hard;
	long soft;
};

struct conf {
	struct limits lim;
	long port;
};

struct client {
	struct conf *conf;
	struct limits *lim;
	long id;
};

extern struct conf conf;
extern struct conf *active_conf;
extern struct limits *active_lim;
extern struct client *client;

#endif
