package cgen

import (
	"os"
	"strings"
	"testing"
)

// ownedOldH declares the list node E_OWNED: each node is reached by one
// pointer and none points into it.
const ownedOldH = `#include "xfgen/annotations.h"
struct node { int v; struct node *next; } E_OWNED;
struct bag { int n; struct node *nodes E_PTRARRAY(n); };
extern struct node *head1, *head2;
extern int *pv;
extern struct bag bag;
`

const ownedNewH = `#include "xfgen/annotations.h"
struct node { long v; struct node *next; } E_OWNED;
struct bag { int n; struct node *nodes E_PTRARRAY(n); };
extern struct node *head1, *head2;
extern int *pv;
extern struct bag bag;
`

// ownedOldC builds two lists a -> c and b -> c (with SHARED), or two
// lists of their own, and then does what VIOLATE says.
const ownedOldC = `#include <stdlib.h>
#include "old.h"
struct node *head1, *head2;
int *pv;
struct bag bag;
static struct node *mk(int v, struct node *next)
{
	struct node *n = calloc(1, sizeof *n);
	if (!n) abort();
	n->v = v;
	n->next = next;
	return n;
}
void test_setup(void)
{
	struct node *c = mk(3, NULL);
	head1 = mk(1, c);
	head2 = mk(2, VIOLATE == 1 ? c : mk(4, NULL));
	if (VIOLATE == 2)
		pv = &c->v;
	if (VIOLATE == 3) {
		bag.n = 2;
		bag.nodes = calloc(2, sizeof *bag.nodes);
		if (!bag.nodes) abort();
		bag.nodes[0].v = 10;
		bag.nodes[1].v = 11;
		c->next = &bag.nodes[1];
	}
}
`

// ownedNewC checks the lists; with VIOLATE == 1 it wants the shared
// node shared, which only a migration that maps the nodes gives.
const ownedNewC = `#include "new.h"
struct node *head1, *head2;
int *pv;
struct bag bag;
int test_check(void)
{
	int bad = 0;
	if (!head1 || head1->v != 1 || !head1->next || head1->next->v != 3) bad++;
	if (!head2 || head2->v != 2 || !head2->next) bad++;
	if (VIOLATE == 1 && head2 && head1 && head2->next != head1->next) bad++;
	return bad;
}
`

func ownedCase(violate string) runCase {
	def := "#define VIOLATE " + violate + "\n"
	return runCase{oldH: ownedOldH, newH: ownedNewH, oldC: def + ownedOldC, newC: def + ownedNewC}
}

// TestOwnedMigrates: a state that E_OWNED is true of migrates the same
// whether the migration relies on it or checks it.
func TestOwnedMigrates(t *testing.T) {
	mustMigrate(t, ownedCase("0"))
	rc := ownedCase("0")
	rc.xformFlags = []string{"-DXF_CHECK_OWNED"}
	mustMigrate(t, rc)
}

// TestOwnedIsReliedOn: without the check, objects of an E_OWNED type
// are in no address map, so a node that two pointers reach is copied
// twice; the check finds that, and a pointer into an owned node, and
// an owned node inside an array, and names the type.
func TestOwnedIsReliedOn(t *testing.T) {
	out, code := runMigration(t, ownedCase("1"))
	if code != 1 || !strings.Contains(out, "rc=0") || !strings.Contains(out, "failures=1") {
		t.Errorf("unchecked, the shared node should be copied once per pointer (the sharing lost, one check failing); got exit %d:\n%s", code, out)
	}
	for violate, what := range map[string]string{"1": "two pointers to one node", "2": "an int * into a node", "3": "a node inside an array"} {
		rc := ownedCase(violate)
		rc.xformFlags = []string{"-DXF_CHECK_OWNED"}
		out, code := runMigration(t, rc)
		if code != 2 || !strings.Contains(out, "E_OWNED is not true of this state") || !strings.Contains(out, "struct node") ||
			!strings.Contains(out, "remove E_OWNED from struct node") {
			t.Errorf("%s: want the migration to fail naming E_OWNED and struct node; got exit %d:\n%s", what, code, out)
		}
	}
}

// TestOwnedCodePaths: the paths that make E_OWNED fast are the ones
// generated (what they do is run by the e2e cases owned_list_tree and
// owned_hash_table): a list's next and a tree's children claimed
// without the map, the children on the tree loop's stack, a bucket
// array's chains filled as the array is walked, the fix-up through
// the owning pointers.
func TestOwnedCodePaths(t *testing.T) {
	dir := t.TempDir()
	src, _ := generate(t, dir, runCase{
		oldH: `#include "xfgen/annotations.h"
struct entry { int v; struct entry *next; } E_OWNED;
struct tnode { int key; struct tnode *left, *right; } E_OWNED;
struct table { long n; struct entry **buckets E_PTRARRAY(n); };
extern struct table table;
extern struct tnode *root;
`,
		newH: `#include "xfgen/annotations.h"
struct entry { long v; struct entry *next; } E_OWNED;
struct tnode { long key; struct tnode *left, *right; } E_OWNED;
struct table { long n; struct entry **buckets E_PTRARRAY(n); };
extern struct table table;
extern struct tnode *root;
`,
		oldC: "#include \"old.h\"\nstruct table table;\nstruct tnode *root;\n",
		newC: "#include \"new.h\"\nstruct table table;\nstruct tnode *root;\n",
	})
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	code := string(b)
	for _, want := range []string{
		"if ((xf_r = xf_ptr_owned(&", // a chain or tree field
		"xf_own_push(xf_kid_in[0], xf_kid_out[0])",
		"if (xf_filling == 0) {",
		"xf_fixowned(",
		`.owned = "struct entry"`,
	} {
		if !strings.Contains(code, want) {
			t.Errorf("the generated C lacks %q", want)
		}
	}
	if strings.Contains(code, "xf_ptr_claim(&xf_c") || strings.Contains(code, "xf_ptr(&xf_c") {
		t.Errorf("a pointer to an E_OWNED object goes through the address map")
	}
}
