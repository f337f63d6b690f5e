#ifndef NEW_H
#define NEW_H

void job_run(void);
void job_stop(void);

struct job {
	void (*cb)(void);
	long id;
	int raw[4];
	struct job *after;
};

extern char *banner;
extern struct job jobs[2];
extern long next_counter; /* new */
extern int seen;

#endif
