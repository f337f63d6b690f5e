package gogen

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
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
// testdata/e2e: each folder of testdata/e2e_go holds old.h and new.h
// (or a file "headers" naming the folder, relative to the case, whose
// old.h and new.h it uses: the C case's), an optional spec.xf with the
// rules' code in Go, and migrate_test.go, a Go test of package xform
// that builds the old state in OldGlobals, calls Migrate and checks
// every field and pointer of NewGlobals. Other .go, .c and .h files
// join the module: a case with cgo builds its old state in C. The
// case's package is generated, put with the test in a module of its
// own, vetted, and the test run.
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
			if cs, _ := filepath.Glob(filepath.Join(dir, "*.c")); len(cs) > 0 {
				if _, err := exec.LookPath("gcc"); err != nil {
					t.Skip("a case with its old version in C needs gcc for cgo")
				}
			}
			src := generateCase(t, dir)
			mod := t.TempDir()
			write(t, filepath.Join(mod, "go.mod"), "module xformtest\n\ngo 1.26\n")
			write(t, filepath.Join(mod, "xform.go"), string(src))
			copyCase(t, dir, mod)
			run(t, mod, "go", "vet", ".")
			out := run(t, mod, "go", "test", "-count=1", "-timeout", "20m", "-v", ".")
			if !strings.Contains(out, "--- PASS: TestMigrate") {
				t.Fatalf("the case's TestMigrate did not run:\n%s", out)
			}
		})
	}
}

// copyCase copies the case's Go and C files and headers into the
// module: a case written with cgo has its old version in C there.
func copyCase(t testing.TB, dir, mod string) {
	t.Helper()
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if ext := filepath.Ext(f.Name()); ext != ".go" && ext != ".c" && ext != ".h" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(mod, f.Name()), string(text))
	}
	// The headers include xfgen/annotations.h.
	ann, err := os.ReadFile(filepath.Join(repoDir(), "include", "xfgen", "annotations.h"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(mod, "include", "xfgen", "annotations.h"), string(ann))
}

// generateCase checks the case in dir and generates its package.
func generateCase(t testing.TB, dir string) []byte {
	t.Helper()
	hdir := dir
	if b, err := os.ReadFile(filepath.Join(dir, "headers")); err == nil {
		hdir = filepath.Join(dir, strings.TrimSpace(string(b)))
	}
	load := func(name string) *typesdiff.Program {
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(hdir, name)}, IncludeDirs: []string{filepath.Join(repoDir(), "include")}})
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

// BenchmarkGoListMigrate times the Go migration of the list_10m case
// (XF_E2E_LIST_N nodes, 1,000,000 by default): the case's package is
// generated and its BenchmarkMigrate run, once per iteration; the
// figures are that benchmark's. e2e's BenchmarkListMigrate times the
// generated C on the same change.
func BenchmarkGoListMigrate(b *testing.B) {
	dir := filepath.Join(repoDir(), "testdata", "e2e_go", "list_10m")
	mod := b.TempDir()
	src := generateCase(b, dir)
	write(b, filepath.Join(mod, "go.mod"), "module xformtest\n\ngo 1.26\n")
	write(b, filepath.Join(mod, "xform.go"), string(src))
	copyCase(b, dir, mod)
	var secs, rate float64
	for b.Loop() {
		out := run(b, mod, "go", "test", "-run", "^$", "-bench", "BenchmarkMigrate", "-benchtime", "1x", ".")
		s, r := benchFigure(out, "s/migrate"), benchFigure(out, "nodes/s")
		if s == 0 || r == 0 {
			b.Fatalf("no figures in:\n%s", out)
		}
		secs, rate = secs+s, rate+r
	}
	b.ReportMetric(secs/float64(b.N), "s/migrate")
	b.ReportMetric(rate/float64(b.N), "nodes/s")
}

// benchFigure is the value go test printed for unit in out.
func benchFigure(out, unit string) float64 {
	f := strings.Fields(out)
	for i := 1; i < len(f); i++ {
		if f[i] == unit {
			v, _ := strconv.ParseFloat(f[i-1], 64)
			return v
		}
	}
	return 0
}

// Every C end-to-end case that checks is generated as Go without a
// panic; those whose specs hold no code (inference alone, C code would
// not be Go) build and pass go vet, each as a package of one module.
func TestGenerateEveryCCase(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	dirs, _ := filepath.Glob(filepath.Join(repoDir(), "testdata", "e2e", "*", "old.h"))
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module every\n\ngo 1.26\n")
	built := 0
	for _, h := range dirs {
		dir := filepath.Dir(h)
		plan, ok := checkCase(t, dir)
		if !ok {
			continue
		}
		name := "c" + strings.NewReplacer("-", "_", ".", "_").Replace(filepath.Base(dir))
		src, err := Generate(plan, Options{Package: name})
		if err != nil {
			cCode := strings.HasPrefix(err.Error(), filepath.Join(dir, "spec.xf")+":") && strings.Contains(err.Error(), "the code block's Go does not parse")
			if !cCode && !strings.Contains(err.Error(), "_kitsune_mainupdate_xform") && !strings.Contains(err.Error(), "Go has no 16-byte numbers") {
				t.Errorf("%s: %v", filepath.Base(dir), err)
			}
			continue
		}
		if hasCode(plan) {
			continue
		}
		write(t, filepath.Join(mod, name, "xform.go"), string(src))
		built++
	}
	if built < 20 {
		t.Fatalf("only %d cases were built", built)
	}
	run(t, mod, "go", "vet", "./...")
}

// checkCase loads and checks a case of testdata/e2e; ok is false when
// it has errors (a case that must fail).
func checkCase(t *testing.T, dir string) (*compiler.Plan, bool) {
	load := func(name string) (*typesdiff.Program, bool) {
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, name)}, IncludeDirs: []string{filepath.Join(repoDir(), "include")}})
		return p, !ds.HasErrors()
	}
	old, ok1 := load("old.h")
	new, ok2 := load("new.h")
	if !ok1 || !ok2 {
		return nil, false
	}
	var spec *grammar.File
	if text, err := os.ReadFile(filepath.Join(dir, "spec.xf")); err == nil {
		var ds diag.List
		if spec, ds = grammar.Parse(filepath.Join(dir, "spec.xf"), text); ds.HasErrors() {
			return nil, false
		}
	}
	plan, ds := compiler.Check(spec, old, new)
	return plan, !ds.HasErrors()
}

// hasCode says whether the plan's spec holds code blocks.
func hasCode(plan *compiler.Plan) bool {
	if plan.Spec.Preamble != nil {
		return true
	}
	for _, r := range plan.Spec.Rules {
		if r.Code != nil {
			return true
		}
	}
	return false
}
