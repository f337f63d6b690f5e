package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// No spec makes the checker or the generator panic: every prefix of
// every spec of the repository (partial ASTs after syntax errors
// included) is checked against every header pair of the repository, and
// generated from when it checks clean.
func TestNoPanicOnAnyPrefix(t *testing.T) {
	root := filepath.Join(repoInclude(), "..", "testdata")
	pairs, _ := filepath.Glob(filepath.Join(root, "e2e", "*", "old.h"))
	pairs = append(pairs, filepath.Join(root, "kvserver", "old.h"))
	specs, _ := filepath.Glob(filepath.Join(root, "*", "*.xf"))
	more, _ := filepath.Glob(filepath.Join(root, "*", "*", "*.xf"))
	specs = append(specs, more...)
	if len(pairs) < 2 || len(specs) < 2 {
		t.Skip("the repository's test data is not there")
	}
	var srcs [][]byte
	for _, s := range specs {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, b)
	}
	step := 13
	if testing.Short() {
		step = 97
	}
	for _, oldH := range pairs {
		dir := filepath.Dir(oldH)
		inc := []string{repoInclude(), dir}
		old, d1 := typesdiff.Load(typesdiff.Config{Files: []string{oldH}, IncludeDirs: inc})
		new, d2 := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, "new.h")}, IncludeDirs: inc})
		if d1.HasErrors() || d2.HasErrors() {
			continue
		}
		for i, src := range srcs {
			for n := 0; n <= len(src); n += step {
				f, _ := grammar.Parse(specs[i], src[:n])
				plan, ds := Check(f, old, new)
				if !ds.HasErrors() {
					if _, err := GenerateC(plan); err != nil {
						t.Errorf("%s with %s[:%d]: %v", dir, specs[i], n, err)
					}
				}
			}
		}
	}
}

// FuzzCheck feeds arbitrary specs to the checker, the generator and
// Stubs against a header pair with most kinds of change; none may panic,
// and a spec that checks clean must generate.
//
//	go test ./compiler -run '^$' -fuzz FuzzCheck -fuzztime 1m
func FuzzCheck(f *testing.F) {
	oldH := `#include "xfgen/annotations.h"
struct conn { int fd; struct conn *next; char *name E_SZ; int n; int *v E_PTRARRAY(n); };
enum color { RED, GREEN };
union u { int a; float b; };
struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
extern struct conn *conns; extern int count; extern enum color paint; extern union u un;
extern struct list E_G(struct conn) *all; extern long total; extern int (*cb)(int);
`
	newH := `#include "xfgen/annotations.h"
struct conn { long fd; struct conn *next; char *name E_SZ; int n; long *v E_PTRARRAY(n); int added; };
enum color { GREEN, BLUE };
union u { int a; double b; };
struct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);
extern struct conn *conns; extern int count; extern enum color paint; extern union u un;
extern struct list E_G(struct conn) *all; extern int total; extern int (*cb)(int); extern int fresh;
`
	for _, s := range []string{
		"INIT struct conn.added: { $out = $base.fd; }\nINIT fresh: { $out = $oldsym(count); }\n",
		"enum color -> enum color: { $out = $in; }\nun -> un: { XF_ASSIGN($out, $in); }\ntotal -> total: { $out = $in; }\n",
		"struct list -> struct list: { XF_INVOKE(XF_PTR($gen(t)), &$in.data, &$out.data); }\n",
		"{ static int f(void) { return 0; } }\ncount -> cnt\n$in $out $base",
	} {
		f.Add(s)
	}
	_, old, new, _ := inputs(f, oldH, newH, "")
	f.Fuzz(func(t *testing.T, src string) {
		spec, _ := grammar.Parse("fuzz.xf", []byte(src))
		plan, ds := Check(spec, old, new)
		if !ds.HasErrors() {
			if _, err := GenerateC(plan); err != nil {
				t.Fatalf("clean spec did not generate: %v", err)
			}
		}
		Stubs(spec, old, new, StubOptions{})
	})
}

// TestLongPointerChainIsNotDeep checks a chain of struct types, each
// pointing to the next, under a small stack limit: the checker fills a
// pointee after the conversion that reached it, so its depth does not
// grow with the chain (filled depth first, 5,000 links overflowed the
// 4 MB limit).
func TestLongPointerChainIsNotDeep(t *testing.T) {
	const links = 5000
	var oldSrc, newSrc strings.Builder
	for i := links - 1; i >= 0; i-- {
		next := fmt.Sprintf("struct s%d *next;", i+1)
		if i == links-1 {
			next = "int last;"
		}
		fmt.Fprintf(&oldSrc, "struct s%d { int v; %s };\n", i, next)
		fmt.Fprintf(&newSrc, "struct s%d { long v; %s };\n", i, next)
	}
	oldSrc.WriteString("struct s0 *head;\n")
	newSrc.WriteString("struct s0 *head;\n")
	spec, op, np, _ := inputs(t, oldSrc.String(), newSrc.String(), "")
	defer debug.SetMaxStack(debug.SetMaxStack(4 << 20))
	plan, diags := Check(spec, op, np)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	work := 0
	for _, cv := range plan.Convs {
		if cv.Kind == ConvStruct && cv.Work() {
			work++
		}
	}
	if work != links {
		t.Errorf("%d struct conversions do work, want %d", work, links)
	}
}
