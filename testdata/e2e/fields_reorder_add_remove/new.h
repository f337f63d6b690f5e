/* Version 2: fields reordered, legacy_flags gone, hit_rate added. */
#ifndef NEW_H
#define NEW_H

struct rec {
	double score;
	int hits;
	char name[16];
	double hit_rate;
	int id;
	int misses;
};

extern int nrec;
extern struct rec records[4];
extern struct rec *current;

#endif
