/* An enum held in a bitfield, its enumerators reordered; and a cycle
 * through two different changed types (a job points at its worker, the
 * worker at its current job). */
#ifndef OLD_H
#define OLD_H

enum color { RED, GREEN, BLUE };

struct worker;

struct job {
	int id;
	enum color color : 4;
	unsigned int urgent : 1;
	struct worker *by;
	struct job *next;
};

struct worker {
	int pid;
	struct job *current;
};

extern struct job *jobs;
extern struct worker *staff[2];

#endif
