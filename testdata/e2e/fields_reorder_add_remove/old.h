/* Version 1: per-client records with a legacy flag word. */
#ifndef OLD_H
#define OLD_H

struct rec {
	int id;
	char name[16];
	double score;
	int legacy_flags;
	int hits;
	int misses;
};

extern int nrec;
extern struct rec records[4];
extern struct rec *current;

#endif
