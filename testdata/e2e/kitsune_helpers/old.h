/* Rules written for Kitsune's runtime: XF_NTSTR, XF_FPTR, XF_RAW,
 * XF_ASSIGN, XF_PTR and kitsune_lookup_key_old/new, which the generated
 * C provides with the same meaning (LANGUAGE.md, "Code blocks"). */
#ifndef OLD_H
#define OLD_H

void job_run(void);
void job_stop(void);

struct job {
	int id;
	void (*cb)(void);
	int raw[4];
	struct job *after;
};

extern char *banner;       /* not annotated: the rule says it is a string */
extern struct job jobs[2];
extern int counter;
extern int seen;

#endif
