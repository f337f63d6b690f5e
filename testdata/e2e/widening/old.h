/* Version 1: counters that turned out too small. */
#ifndef OLD_H
#define OLD_H

enum level { LVL_LOW, LVL_MID, LVL_HIGH };

struct sample {
	int count;
	unsigned short port;
	float ratio;
	enum level lvl;
	short delta;
	unsigned char flags;
};

extern int total;
extern unsigned short small_port;
extern float load_avg;
extern enum level global_level;
extern signed char tiny;
extern struct sample samples[3];
extern struct sample *psample;
extern float specials[3]; /* NaN, -infinity, -0.0 */

#endif
