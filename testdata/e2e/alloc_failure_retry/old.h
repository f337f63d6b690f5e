/* Version 1: a list of 2,000,000 nodes. The first xf_migrate is given
 * 24 MiB more address space than the two versions use and must fail
 * cleanly; then the driver lifts the limit and calls xf_migrate again
 * (expect: retry), which must succeed: a failed update leaves nothing
 * behind (address map, half-built objects, error state) that spoils the
 * next try. */
#ifndef OLD_H
#define OLD_H

struct node {
	int val;
	struct node *next;
};

extern struct node *head;
extern long count;

#endif
