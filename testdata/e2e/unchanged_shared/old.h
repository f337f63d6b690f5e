/* Version 1: a blob store whose struct does not change, reached from a
 * struct that does. Version 1 records the blobs' addresses. */
#ifndef OLD_H
#define OLD_H

struct blob {
	int len;
	char bytes[12];
	struct blob *next;
};

struct holder {
	int x;
	struct blob *b;
};

extern struct blob *shared_blob;
extern struct holder holders[2];
extern struct holder *hp;
extern unsigned long blob_addr[2];

#endif
