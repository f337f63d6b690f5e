package cgen

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// chainH is a chained hash table; with SPARE, entries are also kept in
// an array (a pool), so an entry a bucket reaches may be an element.
func chainH(spare bool, value string) string {
	h := `#include "xfgen/annotations.h"
struct entry { ` + value + ` v; struct entry *next; };
struct table { long n; struct entry **buckets E_PTRARRAY(n); };
extern struct table table;
`
	if spare {
		h += "extern struct entry pool[3];\n"
	}
	return h
}

// entryPtrFunc is the transformer of struct entry * in the generated C.
func entryPtrFunc(t *testing.T, code string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)/\* struct entry \* \(old\) -> struct entry \* \(new\) \*/\n(.*?\n})`).FindStringSubmatch(code)
	if m == nil {
		t.Fatalf("no transformer of struct entry * in:\n%s", code)
	}
	return m[1]
}

// TestChainsFilledAtOnce: a bucket array's element fills its chain
// as the array is walked (xf_filling), claiming the first entry through
// the map, when no array holds entries; when one does (a pool), the
// entry waits on the work list, so that the pool, recorded later,
// migrates it in place.
func TestChainsFilledAtOnce(t *testing.T) {
	for _, spare := range []bool{false, true} {
		src, _ := generate(t, t.TempDir(), runCase{
			oldH: chainH(spare, "int"), newH: chainH(spare, "long"),
			oldC: "#include \"old.h\"\nstruct table table;\n", newC: "#include \"new.h\"\nstruct table table;\n",
		})
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		fn := entryPtrFunc(t, string(b))
		atOnce := strings.Contains(fn, "if (xf_filling == 0) {") && strings.Contains(fn, "xf_ptr_claim(&")
		if atOnce == spare {
			t.Errorf("pool %v: the chain filled at once is %v, want %v:\n%s", spare, atOnce, !spare, fn)
		}
	}
}

// TestChainsIntoPoolMigrate: buckets whose chains run through entries of
// a pool: each entry is migrated once, the pool's in place, and the
// chains keep pointing into the new pool.
func TestChainsIntoPoolMigrate(t *testing.T) {
	oldC := `#include <stdlib.h>
#include "old.h"
struct table table;
struct entry pool[3];
static struct entry *mk(int v, struct entry *next)
{
	struct entry *e = calloc(1, sizeof *e);
	if (!e) abort();
	e->v = v;
	e->next = next;
	return e;
}
void test_setup(void)
{
	pool[0].v = 10;
	pool[1].v = 11;
	pool[1].next = mk(12, NULL);
	pool[2].v = 13;
	table.n = 4;
	table.buckets = calloc(4, sizeof *table.buckets);
	if (!table.buckets) abort();
	table.buckets[0] = &pool[1];
	table.buckets[1] = mk(1, mk(2, &pool[2]));
	table.buckets[3] = mk(3, NULL);
}
`
	newC := `#include <stddef.h>
#include "new.h"
struct table table;
struct entry pool[3];
int test_check(void)
{
	int bad = 0;
	struct entry **b = table.buckets;
	if (table.n != 4 || !b) return 1;
	if (b[0] != &pool[1] || pool[1].v != 11 || !pool[1].next || pool[1].next->v != 12) bad++;
	if (!b[1] || b[1]->v != 1 || !b[1]->next || b[1]->next->v != 2 || b[1]->next->next != &pool[2] || pool[2].v != 13) bad++;
	if (b[2] != NULL || !b[3] || b[3]->v != 3 || b[3]->next != NULL) bad++;
	if (pool[0].v != 10) bad++;
	return bad;
}
`
	mustMigrate(t, runCase{oldH: chainH(true, "int"), newH: chainH(true, "long"), oldC: oldC, newC: newC})
}
