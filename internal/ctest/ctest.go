// Package ctest holds what the checker's and the generators' tests share:
// loading small C programs and specs from text, and running gcc.
package ctest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Include is the repository's include directory, which holds
// xfgen/annotations.h.
func Include() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "include")
}

// Inputs writes the two headers and the spec into a fresh directory,
// loads and parses them. The spec is nil when specSrc is "".
func Inputs(t testing.TB, oldSrc, newSrc, specSrc string) (*grammar.File, *typesdiff.Program, *typesdiff.Program, string) {
	t.Helper()
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	load := func(name, src string) *typesdiff.Program {
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{write(name, src)}, IncludeDirs: []string{Include()}})
		if ds.HasErrors() {
			t.Fatalf("loading %s: %v", name, ds)
		}
		return p
	}
	old, new := load("old.h", oldSrc), load("new.h", newSrc)
	var spec *grammar.File
	if specSrc != "" {
		var ds diag.List
		spec, ds = grammar.Parse(write("spec.xf", specSrc), []byte(specSrc))
		if ds.HasErrors() {
			t.Fatalf("parsing the spec: %v", ds)
		}
	}
	return spec, old, new, dir
}

// NeedGCC skips a test on machines without a C compiler.
func NeedGCC(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not found")
	}
}

// GCC runs gcc in dir and fails the test with its output if it fails.
func GCC(t testing.TB, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("gcc", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gcc %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// CompilesC writes generated C as dir/xform.c and compiles it as
// DESIGN.md says it must compile: C11, every warning an error.
func CompilesC(t testing.TB, dir string, src []byte) {
	t.Helper()
	NeedGCC(t)
	if err := os.WriteFile(filepath.Join(dir, "xform.c"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	GCC(t, dir, "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "xform.c")
}
