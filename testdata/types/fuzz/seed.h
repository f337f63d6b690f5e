/* A seed for FuzzLoad without system headers, so mutations run fast. */
typedef unsigned long size_t;
typedef struct node node_t;
enum color { RED, GREEN = 3, BLUE };
struct node {
	int n;
	node_t *E_PTRARRAY(n) kids;
	char E_SZ *name;
	void E_T(@t) *data;
	unsigned a : 3, b : 5;
	union { int i; float f; };
	int (*cb)(struct node *, ...);
	enum color c;
	size_t len;
	char tail[];
} E_GENERIC(@t);
static struct node E_G(int) *root;
int f(void) { static int calls; return calls++; }
