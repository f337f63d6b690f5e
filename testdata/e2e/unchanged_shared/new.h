/* Version 2: struct holder widened; struct blob identical, so blobs stay
 * where version 1 allocated them. */
#ifndef NEW_H
#define NEW_H

struct blob {
	int len;
	char bytes[12];
	struct blob *next;
};

struct holder {
	long x;
	struct blob *b;
};

extern struct blob *shared_blob;
extern struct holder holders[2];
extern struct holder *hp;
extern unsigned long blob_addr[2];

#endif
