package compiler

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/internal/ctest"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

func repoInclude() string { return ctest.Include() }

func inputs(t testing.TB, oldSrc, newSrc, specSrc string) (*grammar.File, *typesdiff.Program, *typesdiff.Program, string) {
	t.Helper()
	return ctest.Inputs(t, oldSrc, newSrc, specSrc)
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

// GenerateC is the C generator, set by generate_test.go: the
// generator imports this package, so only an external test may import
// it.
var GenerateC func(*Plan) ([]byte, error)

// compiles generates the plan's C and compiles it as DESIGN.md says.
func compiles(t *testing.T, plan *Plan, dir string) {
	t.Helper()
	src, err := GenerateC(plan)
	if err != nil {
		t.Fatal(err)
	}
	ctest.CompilesC(t, dir, src)
}
