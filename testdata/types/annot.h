/* Every annotation of xfgen/annotations.h, where it belongs. */
#include "../../include/xfgen/annotations.h"

#define MAX_SLOTS 8

struct item {
	int key;
};

struct table {
	unsigned nitems;
	struct item E_PTRARRAY(nitems) *items;   /* count in a sibling field */
	struct item *slots E_ARRAY(MAX_SLOTS);   /* Kitsune spelling, after the declarator, a macro constant */
	int E_PTRARRAY(0x10) *fixed;             /* a constant */
	char E_SZ *name;
	const char *E_NTARRAY *argv;             /* attribute after the first '*' */
	struct item E_NTARRAY *list;
	void *cache E_IGNORE;
	int scratch[4] E_OPAQUE;
};

struct blob {
	char bytes[16];
} E_OPAQUE;

typedef struct {
	int a, b;
} E_OPAQUE pair_t;

struct map {
	void E_T(@k) *key;
	void E_T(@v) *val;
	struct map E_G(@k, @v) *next;
} E_GENERIC(@k, @v);

extern struct map E_G(struct item, char *) *index_map;
extern int nblobs;
extern struct blob E_PTRARRAY(nblobs) *blobs;
extern struct blob *all_blobs E_OPAQUE;
extern char E_SZ *motd;

struct link {
	struct link *next;
} E_OWNED;

typedef struct {
	int v;
} E_OWNED owned_t;
