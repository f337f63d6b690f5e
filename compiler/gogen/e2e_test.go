package gogen

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// repoDir is the repository's root.
func repoDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// TestGoE2E runs the Go end-to-end cases, the Go-flavoured copies of
// testdata/e2e: each folder of testdata/e2e_go holds old.h and new.h,
// an optional spec.xf, and migrate_test.go, a Go test of package xform
// that builds the old state in OldGlobals, calls Migrate and checks
// every field and pointer of NewGlobals. The case's package is
// generated, put with the test in a module of its own, vetted, and the
// test run.
func TestGoE2E(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	dirs, err := filepath.Glob(filepath.Join(repoDir(), "testdata", "e2e_go", "*", "migrate_test.go"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no cases in testdata/e2e_go (%v)", err)
	}
	for _, f := range dirs {
		dir := filepath.Dir(f)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			src := generateCase(t, dir)
			mod := t.TempDir()
			write(t, filepath.Join(mod, "go.mod"), "module xformtest\n\ngo 1.26\n")
			write(t, filepath.Join(mod, "xform.go"), string(src))
			test, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(mod, "migrate_test.go"), string(test))
			run(t, mod, "go", "vet", ".")
			out := run(t, mod, "go", "test", "-count=1", "-v", ".")
			if !strings.Contains(out, "--- PASS: TestMigrate") {
				t.Fatalf("the case's TestMigrate did not run:\n%s", out)
			}
		})
	}
}

// generateCase checks the case in dir and generates its package.
func generateCase(t *testing.T, dir string) []byte {
	t.Helper()
	load := func(name string) *typesdiff.Program {
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, name)}, IncludeDirs: []string{filepath.Join(repoDir(), "include")}})
		if ds.HasErrors() {
			t.Fatalf("loading %s: %v", name, ds)
		}
		return p
	}
	old, new := load("old.h"), load("new.h")
	var spec *grammar.File
	if text, err := os.ReadFile(filepath.Join(dir, "spec.xf")); err == nil {
		var ds diag.List
		spec, ds = grammar.Parse(filepath.Join(dir, "spec.xf"), text)
		if ds.HasErrors() {
			t.Fatalf("parsing the spec: %v", ds)
		}
	}
	plan, ds := compiler.Check(spec, old, new)
	if ds.HasErrors() {
		t.Fatalf("check: %v", ds)
	}
	src, err := Generate(plan, Options{Package: "xform"})
	if err != nil {
		t.Fatal(err)
	}
	return src
}
