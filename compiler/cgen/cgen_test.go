package cgen

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Layout attributes, bitfields, anonymous members, annotations and
// conversions by value, in one struct whose every field is checked.
func TestRunLayoutAndAnnotations(t *testing.T) {
	oldH := `#include "xfgen/annotations.h"
#include <pthread.h>
enum mode { IDLE, BUSY, DOWN };
struct blob { int a; char b; };
struct pt { float x; short y; };
typedef struct { int lo, hi; } range_t;
struct rec {
	unsigned flags : 3;
	unsigned level : 5;
	union { int i; float f; };
	struct blob E_OPAQUE raw;
	int cache E_IGNORE;
	struct pt E_NTARRAY *pts;
	enum mode mode;
	enum mode m2;
	float ratio;
	range_t r;
	int grid[2][3];
	pthread_mutex_t lock;
	char tag[4];
} __attribute__((packed));
struct al { char c; } __attribute__((aligned(16)));
extern struct rec recs[2];
extern struct al als[2];
extern char *name;
`
	newH := `#include "xfgen/annotations.h"
#include <pthread.h>
enum mode { DOWN = 7, IDLE, BUSY };
struct blob { int a; char b; };
struct pt { double x; long y; };
typedef struct { int lo, hi; } range_t;
struct rec {
	char tag[4];
	unsigned level : 6;
	unsigned flags : 3;
	union { int i; float f; };
	struct blob E_OPAQUE raw;
	int cache E_IGNORE;
	struct pt E_NTARRAY *pts;
	enum mode mode;
	long m2;
	double ratio;
	range_t r;
	int grid[2][3];
	pthread_mutex_t lock;
};
struct al { char c; } __attribute__((aligned(16)));
extern struct rec recs[3];
extern struct al als[2];
extern char *name;
`
	oldC := `#include <stdlib.h>
#include "old.h"
struct rec recs[2];
struct al als[2] = {{'x'}, {'y'}};
char *name = "v1";
void test_setup(void) {
	int k;
	for (k = 0; k < 2; k++) {
		struct pt *p = calloc(3, sizeof *p);
		p[0].x = 1.5f; p[0].y = 2; p[1].x = 3.5f; p[1].y = -4;
		recs[k].flags = 5; recs[k].level = 17 + k; recs[k].f = 2.5f;
		recs[k].raw.a = 99; recs[k].raw.b = 'r'; recs[k].cache = 1234;
		recs[k].pts = p; recs[k].mode = k ? DOWN : BUSY; recs[k].m2 = DOWN;
		recs[k].ratio = 0.25f; recs[k].r.lo = -1; recs[k].r.hi = 1;
		recs[k].grid[1][2] = 12 + k; recs[k].tag[0] = 'T'; recs[k].tag[3] = 'g';
	}
}
`
	newC := `#include <stdio.h>
#include <string.h>
#include "new.h"
struct rec recs[3] = {{.cache = 5}};
struct al als[2];
char *name;
#define CHECK(c) do { if (!(c)) { fprintf(stderr, "failed: %s\n", #c); bad++; } } while (0)
int test_check(void) {
	int bad = 0, k;
	for (k = 0; k < 2; k++) {
		struct rec *r = &recs[k];
		CHECK(r->flags == 5); CHECK(r->level == 17u + k); CHECK(r->f == 2.5f);
		CHECK(r->raw.a == 99 && r->raw.b == 'r');
		CHECK(r->cache == (k == 0 ? 5 : 0));
		CHECK(r->pts && r->pts[0].x == 1.5 && r->pts[0].y == 2 && r->pts[1].x == 3.5 && r->pts[1].y == -4);
		CHECK(r->pts[2].x == 0 && r->pts[2].y == 0);
		CHECK(r->mode == (k ? DOWN : BUSY)); CHECK(r->m2 == 2);
		CHECK(r->ratio == 0.25); CHECK(r->r.lo == -1 && r->r.hi == 1);
		CHECK(r->grid[1][2] == 12 + k); CHECK(r->tag[0] == 'T' && r->tag[3] == 'g');
	}
	CHECK(recs[2].flags == 0 && recs[2].pts == NULL);
	CHECK(als[0].c == 'x' && als[1].c == 'y');
	CHECK(name && strcmp(name, "v1") == 0);
	return bad;
}
`
	mustMigrate(t, runCase{oldH: oldH, newH: newH, oldC: oldC, newC: newC})
}

// User code: $xform with the Kitsune helpers, $oldsym/$newsym, $newtype,
// an INIT that sees migrated state, and a type rule.
func TestRunUserCode(t *testing.T) {
	oldH := `struct node { int v; struct node *next; };
struct box { struct node *head; int n; };
extern struct box box;
extern struct node *spare;
extern int scale;
`
	newH := `struct node { long v; struct node *next; };
struct box { struct node *first; int n; long sum; };
extern struct box box;
extern struct node *spare;
extern int scale;
extern long total;
`
	spec := `{
static long twice(long x) { return 2 * x; }
}
struct box.head -> struct box.first: {
	XF_INVOKE(XF_PTR($xform(struct node, struct node)), &$in, &$out);
}
INIT struct box.sum: {
	$newtype(struct node) *p;
	$out = 0;
	(void)p;
	{
		$oldtype(struct node) *q;
		for (q = $base.head; q; q = q->next)
			$out += twice(q->v) * $oldsym(scale);
	}
}
INIT total: { $out = $newsym(box).sum + 1; }
`
	oldC := `#include <stdlib.h>
#include "old.h"
struct box box; struct node *spare; int scale = 3;
void test_setup(void) {
	int i;
	for (i = 1; i <= 3; i++) { struct node *n = malloc(sizeof *n); n->v = i; n->next = box.head; box.head = n; }
	box.n = 3;
	spare = box.head->next;
}
`
	newC := `#include <stdio.h>
#include "new.h"
struct box box; struct node *spare; int scale; long total;
int test_check(void) {
	int bad = 0;
	struct node *n = box.first;
	if (!n || n->v != 3 || !n->next || n->next->v != 2 || n->next->next->v != 1 || n->next->next->next) { fprintf(stderr, "list\n"); bad++; }
	if (spare != n->next) { fprintf(stderr, "spare not shared\n"); bad++; }
	if (box.sum != 36) { fprintf(stderr, "sum %ld\n", box.sum); bad++; }
	if (total != 37) { fprintf(stderr, "total %ld\n", total); bad++; }
	if (box.n != 3 || scale != 3) { fprintf(stderr, "n\n"); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldH: oldH, newH: newH, spec: spec, oldC: oldC, newC: newC})
}

// --prefix renames the interface; statics are found through the ELF
// symbol table by xf_dl_lookup.
func TestRunPrefixAndStatics(t *testing.T) {
	oldC := `static long hits = 0;
static int counter(void) { static int calls; return ++calls; }
int bump(void) { hits++; return counter(); }
void test_setup(void) { bump(); bump(); }
`
	newC := `#include <stdio.h>
static long long hits;
static int counter(void) { static long calls; return (int)++calls; }
int bump(void) { hits++; return counter(); }
int test_check(void) {
	int bad = 0;
	if (hits != 2) { fprintf(stderr, "hits %lld\n", hits); bad++; }
	if (counter() != 3) { fprintf(stderr, "calls\n"); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldC: oldC, newC: newC, srcInput: true, prefix: "app_"})
}

// A missing old symbol makes the migration fail with a message naming
// the variable, not crash.
func TestRunMissingSymbol(t *testing.T) {
	h := "struct s { int a; struct s *n; };\nextern struct s *head;\nextern int other;\n"
	out, code := runMigration(t, runCase{oldH: h, newH: h,
		oldC: "#include \"old.h\"\nstruct s *head; void test_setup(void) {}\n",
		newC: "#include \"new.h\"\nstruct s *head; int other; int test_check(void) { return 0; }\n"})
	if code != 2 || !strings.Contains(out, "variable `other`: the old version has no symbol for it") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

// The generated file carries #line directives, so a C error in user
// code is reported at its line in the spec; and the lines after it are
// numbered as the generated file's own.
func TestLineDirectives(t *testing.T) {
	needGCC(t)
	dir := t.TempDir()
	h := "extern int count;\n"
	src, _ := generate(t, dir, runCase{oldH: h, newH: h, oldC: "", newC: "",
		spec: "// comment\n\ncount -> count: {\n  $out = $in;\n  this_is_not_c;\n}\n"})
	cmd := exec.Command("gcc", "-std=c11", "-fsyntax-only", src)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("the broken user code compiled")
	}
	if !regexp.MustCompile(`spec\.xf:5:\d+: error: .this_is_not_c. undeclared`).Match(out) {
		t.Errorf("the error is not at spec.xf:5:\n%s", out)
	}
	// After user code, #line goes back to the generated file's real line.
	b, _ := os.ReadFile(src)
	lines := strings.Split(string(b), "\n")
	re := regexp.MustCompile(`^#line (\d+) "xform.c"$`)
	seen := false
	for i, l := range lines {
		if m := re.FindStringSubmatch(l); m != nil {
			seen = true
			if want := i + 2; m[1] != strconv.Itoa(want) {
				t.Errorf("line %d: %s, want #line %d", i+1, l, want)
			}
		}
	}
	if !seen {
		t.Error("no #line back to xform.c")
	}
}

// A rule on a generic type: $gen gives the element transformer bound at
// each use, and $xform of the rule's own pair keeps the binding.
func TestRunGenericRule(t *testing.T) {
	h := func(item string) string {
		return `#include "xfgen/annotations.h"
struct list { void E_T(@t) *data; struct list E_G(@t) *next; int len; } E_GENERIC(@t);
struct item { ` + item + ` };
extern struct list E_G(struct item) *items;
`
	}
	spec := `struct list -> struct list: {
	XF_INVOKE(XF_PTR($gen(@t)), &$in.data, &$out.data);
	XF_INVOKE(XF_PTR($xform(struct list, struct list)), &$in.next, &$out.next);
	$out.len = $in.len * 10;
}
`
	oldC := `#include <stdlib.h>
#include "old.h"
struct list *items;
void test_setup(void) {
	int i;
	for (i = 0; i < 3; i++) {
		struct list *l = calloc(1, sizeof *l);
		struct item *it = calloc(1, sizeof *it);
		it->id = i + 1; it->qty = 100 + i;
		l->data = it; l->len = i; l->next = items; items = l;
	}
}
`
	newC := `#include <stdio.h>
#include "new.h"
struct list *items;
int test_check(void) {
	int bad = 0, i = 3;
	struct list *l;
	for (l = items; l; l = l->next) {
		struct item *it = l->data;
		i--;
		if (!it || it->id != i + 1 || it->qty != 100 + i || l->len != 10 * i) { fprintf(stderr, "node %d\n", i); bad++; }
	}
	if (i != 0) { fprintf(stderr, "length\n"); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldH: h("int id; int qty;"), newH: h("long qty; int id;"), spec: spec, oldC: oldC, newC: newC})
}

// Pointers into global arrays and into migrated arrays land on the new
// element, not on a copy.
func TestRunInteriorPointers(t *testing.T) {
	h := func(v string) string {
		return `#include "xfgen/annotations.h"
struct node { ` + v + ` v; };
extern struct node nodes[4];
extern struct node *cur;
extern struct node E_PTRARRAY(3) *block;
extern struct node *zmid;
`
	}
	oldC := `#include <stdlib.h>
#include "old.h"
struct node nodes[4]; struct node *cur; struct node *block; struct node *zmid;
void test_setup(void) {
	int i;
	block = calloc(3, sizeof *block);
	for (i = 0; i < 4; i++) nodes[i].v = i;
	for (i = 0; i < 3; i++) block[i].v = 10 + i;
	cur = &nodes[2];
	zmid = &block[1];
}
`
	newC := `#include <stdio.h>
#include "new.h"
struct node nodes[4]; struct node *cur; struct node *block; struct node *zmid;
int test_check(void) {
	int bad = 0;
	if (cur != &nodes[2] || cur->v != 2) { fprintf(stderr, "cur\n"); bad++; }
	if (!block || block[2].v != 12 || zmid != &block[1]) { fprintf(stderr, "block\n"); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldH: h("int"), newH: h("long"), oldC: oldC, newC: newC})
}

// The Kitsune helpers keep their meaning in user code, and a symbol
// that user code cannot find makes the migration fail, not crash.
func TestRunKitsuneHelpers(t *testing.T) {
	h := func(v string) string {
		return `struct p { ` + v + ` x; };
extern struct p *arr;
extern struct p inl[2];
extern struct p *nt;
extern char *s;
extern int (*op)(int);
extern int op1(int);
extern int n;
extern int raw[2];
`
	}
	spec := `arr -> arr: { XF_INVOKE(XF_PTRARRAY($oldsym(n), sizeof($oldtype(struct p)), sizeof($newtype(struct p)), $xform(struct p, struct p)), &$in, &$out); }
inl -> inl: { XF_INVOKE(XF_ARRAY(2, sizeof($oldtype(struct p)), sizeof($newtype(struct p)), $xform(struct p, struct p)), &$in, &$out); }
nt -> nt: { XF_INVOKE(XF_NTARRAY(sizeof($oldtype(struct p)), sizeof($newtype(struct p)), $xform(struct p, struct p)), &$in, &$out); }
s -> s: { XF_INVOKE(XF_NTSTR(), &$in, &$out); }
op -> op: { XF_INVOKE(XF_FPTR(), &$in, &$out); }
raw -> raw: { XF_INVOKE(XF_RAW(sizeof $in), &$in, &$out); }
INIT n: { $out = *(int *)kitsune_lookup_key_old("n") + (kitsune_lookup_key_new("n") == &$out); }
`
	oldC := `#include <stdlib.h>
#include "old.h"
struct p *arr; struct p inl[2]; struct p *nt; char *s; int (*op)(int); int n = 3; int raw[2] = {4, 5};
int op1(int a) { return a; }
void test_setup(void) {
	char *t = malloc(4);
	arr = calloc(3, sizeof *arr); arr[0].x = 1; arr[2].x = 3;
	inl[1].x = 9;
	nt = calloc(3, sizeof *nt); nt[0].x = 7; nt[1].x = 8;
	t[0] = 'a'; t[1] = 'b'; t[2] = 0; s = t;
	op = op1;
}
`
	newC := `#include <stdio.h>
#include <string.h>
#include "new.h"
struct p *arr; struct p inl[2]; struct p *nt; char *s; int (*op)(int); int n; int raw[2];
int op1(int a) { return a + 1; }
int test_check(void) {
	int bad = 0;
	if (!arr || arr[0].x != 1 || arr[2].x != 3) { fprintf(stderr, "arr\n"); bad++; }
	if (inl[1].x != 9) { fprintf(stderr, "inl\n"); bad++; }
	if (!nt || nt[0].x != 7 || nt[1].x != 8 || nt[2].x != 0) { fprintf(stderr, "nt\n"); bad++; }
	if (!s || strcmp(s, "ab") != 0) { fprintf(stderr, "s\n"); bad++; }
	if (op != op1) { fprintf(stderr, "op\n"); bad++; }
	if (raw[0] != 4 || raw[1] != 5) { fprintf(stderr, "raw\n"); bad++; }
	if (n != 4) { fprintf(stderr, "n = %d\n", n); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldH: h("int"), newH: h("long"), spec: spec, oldC: oldC, newC: newC})

	// The same with the old n missing from the old library.
	out, code := runMigration(t, runCase{oldH: h("int"), newH: h("long"), spec: "INIT n: { $out = $oldsym(n) + 1; }\n",
		oldC: `#include "old.h"
struct p *arr; struct p inl[2]; struct p *nt; char *s; int (*op)(int); int raw[2];
void test_setup(void) {}
`, newC: newC})
	if code != 2 || !strings.Contains(out, "the old version has no symbol `n`") || !strings.Contains(out, "variable `n`") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

// A pointer to a static function is remapped to the new version's
// static function of the same file and name, through the ELF symbol
// tables.
func TestRunStaticFunctionPointer(t *testing.T) {
	oldC := `static int handler(int a) { return a + 1; }
int (*op)(int);
void test_setup(void) { op = handler; }
`
	newC := `#include <stdio.h>
static int handler(int a) { return a + 2; }
int (*op)(int);
int test_check(void) {
	if (op != handler) { fprintf(stderr, "op not remapped\n"); return 1; }
	return 0;
}
`
	mustMigrate(t, runCase{oldC: oldC, newC: newC, srcInput: true})
}

// A const table the same in both versions lives in read-only memory in
// the new one: the migration must not write it.
func TestRunConstGlobalUntouched(t *testing.T) {
	h := "extern const int table[4];\nextern int counter;\n"
	mustMigrate(t, runCase{oldH: h, newH: h,
		oldC: "#include \"old.h\"\nconst int table[4] = {1, 2, 3, 4};\nint counter;\nvoid test_setup(void) { counter = 9; }\n",
		newC: "#include \"new.h\"\nconst int table[4] = {1, 2, 3, 4};\nint counter;\nint test_check(void) { return counter != 9 || table[3] != 4; }\n"})
}

// Pointers that reach elements of a block before the block itself get
// copies of their own at first; when the block is reached they are
// redirected into it, so the elements stay shared and the block whole.
func TestRunStaleCopiesRedirected(t *testing.T) {
	h := func(v string) string {
		return `#include "xfgen/annotations.h"
struct node { ` + v + ` v; struct node *peer; };
struct holder {
	struct node *first;
	struct node *mid;
	int n;
	struct node *block E_PTRARRAY(n);
};
extern struct holder h;
`
	}
	oldC := `#include <stdlib.h>
#include "old.h"
struct holder h;
void test_setup(void) {
	int i;
	h.n = 4;
	h.block = calloc(4, sizeof *h.block);
	for (i = 0; i < 4; i++) { h.block[i].v = 10 + i; h.block[i].peer = &h.block[(i + 1) % 4]; }
	h.first = &h.block[0];
	h.mid = &h.block[2];
}
`
	newC := `#include <stdio.h>
#include "new.h"
struct holder h;
int test_check(void) {
	int bad = 0, i;
	if (h.n != 4 || !h.block) return 1;
	for (i = 0; i < 4; i++)
		if (h.block[i].v != 10 + i || h.block[i].peer != &h.block[(i + 1) % 4]) { fprintf(stderr, "block[%d]\n", i); bad++; }
	if (h.first != &h.block[0]) { fprintf(stderr, "first\n"); bad++; }
	if (h.mid != &h.block[2]) { fprintf(stderr, "mid\n"); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldH: h("int"), newH: h("long"), oldC: oldC, newC: newC})
}

// Pointers of unchanged types into migrated objects follow them: an
// intrusive list whose links are embedded in changed structs, an int *
// into a changed global, a pointer to an unchanged global; and a libc
// function pointer stays as it is.
func TestRunInteriorUnchangedPointers(t *testing.T) {
	h := func(fd string) string {
		return `#include <string.h>
struct link { struct link *next; };
struct conn { ` + fd + ` fd; struct link link; };
struct conf { ` + fd + ` backlog; int port; };
extern struct conf conf;
extern int *port_ptr;
extern struct link head;
extern struct conn *conns[2];
extern int plain;
extern int *plain_ptr;
extern int (*cmp)(const char *, const char *);
`
	}
	oldC := `#include <stdlib.h>
#include "old.h"
struct conf conf; int *port_ptr; struct link head; struct conn *conns[2]; int plain; int *plain_ptr;
int (*cmp)(const char *, const char *);
void test_setup(void) {
	int i;
	conf.port = 80; port_ptr = &conf.port;
	for (i = 0; i < 2; i++) { conns[i] = calloc(1, sizeof *conns[i]); conns[i]->fd = i + 3; }
	head.next = &conns[0]->link; conns[0]->link.next = &conns[1]->link; conns[1]->link.next = &head;
	plain = 5; plain_ptr = &plain; cmp = strcmp;
}
`
	newC := `#include <stdio.h>
#include <stddef.h>
#include "new.h"
struct conf conf; int *port_ptr; struct link head; struct conn *conns[2]; int plain; int *plain_ptr;
int (*cmp)(const char *, const char *);
#define CHECK(c) do { if (!(c)) { fprintf(stderr, "failed: %s\n", #c); bad++; } } while (0)
int test_check(void) {
	int bad = 0;
	CHECK(port_ptr == &conf.port && conf.port == 80);
	CHECK(head.next == &conns[0]->link);
	CHECK(conns[0]->link.next == &conns[1]->link);
	CHECK(conns[1]->link.next == &head);
	CHECK(conns[1]->fd == 4);
	CHECK(plain_ptr == &plain && plain == 5);
	CHECK(cmp == strcmp);
	return bad;
}
`
	mustMigrate(t, runCase{oldH: h("int"), newH: h("long"), oldC: oldC, newC: newC})
}

// Cursors into a buffer member and one past its end follow it; so does
// a pointer one past the end of a migrated block, without the old block
// being read past its end.
func TestRunCursorsAndEndPointers(t *testing.T) {
	h := func(v string) string {
		return `#include "xfgen/annotations.h"
struct item { ` + v + ` id; };
struct conn { ` + v + ` fd; char buf[16]; char *rd; char *end; int n; struct item *items E_PTRARRAY(n); struct item *iend; };
extern struct conn *conn;
`
	}
	oldC := `#include <stdlib.h>
#include "old.h"
struct conn *conn;
void test_setup(void) {
	conn = calloc(1, sizeof *conn);
	conn->rd = conn->buf + 3; conn->end = conn->buf + 16;
	conn->n = 3; conn->items = calloc(3, sizeof *conn->items); conn->items[2].id = 7;
	conn->iend = conn->items + 3;
}
`
	newC := `#include <stdio.h>
#include "new.h"
struct conn *conn;
int test_check(void) {
	int bad = 0;
	if (!conn) return 1;
	if (conn->rd != conn->buf + 3) { fprintf(stderr, "rd\n"); bad++; }
	if (conn->end != conn->buf + 16) { fprintf(stderr, "end\n"); bad++; }
	if (!conn->items || conn->items[2].id != 7 || conn->iend != conn->items + 3) { fprintf(stderr, "items\n"); bad++; }
	return bad;
}
`
	mustMigrate(t, runCase{oldH: h("int"), newH: h("long"), oldC: oldC, newC: newC})
}

// gcc's columns for an error in user code are the spec's columns: every
// `$` form is a macro name as long as the form, and the block's first
// line is indented as in the spec.
func TestUserCodeColumns(t *testing.T) {
	needGCC(t)
	h := "struct s { int a; long b; };\nextern struct s cur;\nextern int count;\n"
	spec := "count -> count: { $out = $in + nope1; }\n" + // on the rule's line
		"struct s.a -> struct s.a: {\n" +
		"\t$out = $base.b + $in + nope2;\n" + // a tab, and forms before the error
		"    $out = $oldsym(count) +\n" +
		"        $in + nope3;\n" +
		"}\n" +
		"struct s.b -> struct s.b: { $out = $oldsym(\n" + // a form over two lines
		"  count) + nope4; }\n"
	src, _ := generate(t, t.TempDir(), runCase{oldH: h, newH: h, spec: spec})
	cmd := exec.Command("gcc", "-std=c11", "-fsyntax-only", "-fdiagnostics-column-unit=byte", src)
	cmd.Env = append(os.Environ(), "LC_ALL=C") // plain quotes
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("the broken user code compiled")
	}
	lines := strings.Split(spec, "\n")
	for _, name := range []string{"nope1", "nope2", "nope3", "nope4"} {
		line, col := 0, 0
		for i, l := range lines {
			if c := strings.Index(l, name); c >= 0 {
				line, col = i+1, c+1
			}
		}
		want := fmt.Sprintf("spec.xf:%d:%d: error: '%s' undeclared", line, col, name)
		if !strings.Contains(string(out), want) {
			t.Errorf("gcc does not say %q:\n%s", want, out)
		}
	}
}
