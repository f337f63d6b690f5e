#include <stddef.h>

struct node {
	int value;
	struct node *next;
};

extern struct node *head;
extern size_t count;
static int hits; /* one per file that includes this header */
