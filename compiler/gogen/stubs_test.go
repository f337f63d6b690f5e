package gogen

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Changes of every kind a stub is written for, in one pair of headers.
const stubsOldH = `struct conn { int fd; long sent; int port; int arr[4]; union u { int i; float f; } u; };
enum mode { M_OFF, M_ON, M_LEGACY };
struct flex { int n; int data[]; };
extern struct conn conns[2];
extern enum mode mode;
extern int sizes[];
extern struct flex *fl;
extern int ptrkind;
`

const stubsNewH = `struct conn { int fd; int sent; unsigned port; int arr[2]; union u { long l; } u; struct conn *peer; struct { int a; } extra; };
enum mode { M_ON, M_OFF };
struct flex { long n; int data[]; };
extern struct conn conns[2];
extern enum mode mode;
extern int sizes[];
extern struct flex *fl;
extern int *ptrkind;
extern long started;
extern struct conn *spare;
`

// The stubs xfgen writes with --lang go check without errors of their
// own, and the Go package generated from them builds and passes go vet:
// for a pair of headers with every kind of change a stub is for, and
// for every header pair of the end-to-end cases.
func TestGoStubsBuild(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	tmp := t.TempDir()
	write(t, filepath.Join(tmp, "old.h"), stubsOldH)
	write(t, filepath.Join(tmp, "new.h"), stubsNewH)
	pairs := []string{tmp}
	dirs, _ := filepath.Glob(filepath.Join(repoDir(), "testdata", "e2e", "*", "old.h"))
	for _, d := range dirs {
		pairs = append(pairs, filepath.Dir(d))
	}
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module stubs\n\ngo 1.26\n")
	built := 0
	for i, dir := range pairs {
		inc := []string{filepath.Join(repoDir(), "include"), dir}
		old, d1 := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, "old.h")}, IncludeDirs: inc})
		new, d2 := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, "new.h")}, IncludeDirs: inc})
		if d1.HasErrors() || d2.HasErrors() {
			continue // headers that fail on purpose
		}
		text, errs := compiler.Stubs(nil, old, new, compiler.StubOptions{Lang: "go"})
		if i == 0 {
			if errs.HasErrors() {
				t.Fatalf("stubs for every kind of change report errors: %v\n%s", errs, text)
			}
		}
		if text == "" || errs.HasErrors() {
			continue
		}
		spec := filepath.Join(mod, "spec.xf")
		f, pd := grammar.Parse(spec, []byte(text))
		if pd.HasErrors() {
			t.Fatalf("%s: the stubs do not parse: %v\n%s", dir, pd, text)
		}
		plan, ds := compiler.Check(f, old, new)
		var left diag.List
		for _, d := range ds {
			if d.Severity == diag.Error {
				left = append(left, d)
			}
		}
		if len(left) > 0 {
			t.Errorf("%s: the spec the stubs make has errors: %v\n%s", dir, left, text)
			continue
		}
		name := "s" + strings.NewReplacer("-", "_", ".", "_").Replace(filepath.Base(dir))
		src, err := Generate(plan, Options{Package: name})
		if err != nil && strings.Contains(err.Error(), "Go has no 16-byte numbers") {
			continue // a refusal of the generator, not of the stubs
		}
		if err != nil {
			t.Errorf("%s: %v\nspec:\n%s", dir, err, text)
			continue
		}
		if i == 0 {
			for _, want := range []string{"$out = nil", "$out = $newtype(int)($in)", "$out = $newtype(unsigned int)($in)", "switch $in {", "copy(unsafe.Slice("} {
				if !strings.Contains(text, want) {
					t.Errorf("no %q in the stubs:\n%s", want, text)
				}
			}
		}
		write(t, filepath.Join(mod, name, "xform.go"), string(src))
		built++
	}
	if built < 10 {
		t.Fatalf("only %d packages from stubs", built)
	}
	run(t, mod, "go", "vet", "./...")
}
