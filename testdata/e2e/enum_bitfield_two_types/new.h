#ifndef NEW_H
#define NEW_H

enum color { BLUE, GREEN, RED, VIOLET };

struct worker;

struct job {
	struct job *next;
	long id;
	unsigned int urgent : 1;
	enum color color : 4;
	struct worker *by;
};

struct worker {
	struct job *current;
	long pid;
};

extern struct job *jobs;
extern struct worker *staff[2];

#endif
