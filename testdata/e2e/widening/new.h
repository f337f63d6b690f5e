/* Version 2: every one of them widened (same signedness), the enum
 * stored as a plain int. */
#ifndef NEW_H
#define NEW_H

struct sample {
	long count;
	unsigned int port;
	double ratio;
	int lvl;
	long long delta;
	unsigned long flags;
};

extern long total;
extern unsigned int small_port;
extern double load_avg;
extern int global_level;
extern int tiny;
extern struct sample samples[3];
extern struct sample *psample;
extern double specials[3];

#endif
