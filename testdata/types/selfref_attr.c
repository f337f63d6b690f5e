/* Members that point to the struct or union being defined, with an
 * attribute between the tag and the '*'. cc/v4 v4.34.0 read each as a
 * pointer to an empty struct (see typesdiff/selfrefattr.go); gcc reads
 * them as plain members with the attribute. (An alignment above the
 * pointer's own is left out: cc/v4 ignores it there, self-referential
 * or not, and lays the member out at the pointer's alignment.) */
#define ALIGNED(n) __attribute__((aligned(n)))
#define ALIGN8 ALIGNED(8)

struct n { void *key; struct n __attribute__((aligned(8))) *left; unsigned long v; };
struct wide { char c; struct wide ALIGNED(8) *next; int tail; };
struct wider { char c; struct wider ALIGN8 **pp; struct wider *plain; };
struct low { char c; struct low __attribute__((aligned(4))) *p; int x; };
union u { long l; union u __attribute__((aligned(8))) *self; };
struct outer {
	struct inner { int a; struct outer __attribute__((aligned(8))) *up; } in;
	int b;
};
/* Not inside its own definition: cc reads these right already. */
struct later;
struct before { struct later __attribute__((aligned(8))) *l; };
struct later { int z; };

int f(struct n *p) { return p->left->v; }
long g(struct wide *w) { return w->next->tail + w->next->next->c; }
long h(struct wider *w) { return (*w->pp)->plain->c; }
int i(struct low *l) { return l->p->x; }
long j(union u *x) { return x->self->l; }
int k(struct outer *o) { return o->in.up->b; }
int m(struct before *b) { return b->l->z; }
