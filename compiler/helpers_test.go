package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// repoInclude is the include directory with xfgen/annotations.h.
func repoInclude() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "include")
}

// inputs writes the two headers and the spec into a fresh directory,
// loads and parses them. The spec is nil when specSrc is "".
func inputs(t testing.TB, oldSrc, newSrc, specSrc string) (*grammar.File, *typesdiff.Program, *typesdiff.Program, string) {
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
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{write(name, src)}, IncludeDirs: []string{repoInclude()}})
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

// want is one expected diagnostic: "spec.xf:2:10" (base name of the
// file), severity word, code, and fragments its message must contain.
type want struct {
	pos, sev, code string
	msg            []string
}

func w(pos, sev, code string, msg ...string) want { return want{pos, sev, code, msg} }

// shortPos is d's position with the file's base name.
func shortPos(p diag.Pos) string {
	return fmt.Sprintf("%s:%d:%d", filepath.Base(p.File), p.Line, p.Col)
}

// expectDiags requires exactly the wanted diagnostics, in any order.
func expectDiags(t *testing.T, got diag.List, wants ...want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, wt := range wants {
		found := false
		for i, d := range got {
			if used[i] || shortPos(d.Range.Start) != wt.pos || d.Severity.String() != wt.sev || d.Code != wt.code {
				continue
			}
			ok := true
			for _, m := range wt.msg {
				ok = ok && strings.Contains(d.Message, m)
			}
			if ok {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing diagnostic %s: %s: %q [%s]", wt.pos, wt.sev, wt.msg, wt.code)
		}
	}
	for i, d := range got {
		if !used[i] {
			t.Errorf("unexpected diagnostic %s: %s: %s [%s]", shortPos(d.Range.Start), d.Severity, d.Message, d.Code)
		}
	}
}

// compiles generates the plan's C and compiles it as DESIGN.md says.
func compiles(t *testing.T, plan *Plan, dir string) {
	t.Helper()
	needGCC(t)
	src, err := GenerateC(plan, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "xform.c"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	gcc(t, dir, "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "xform.c")
}
