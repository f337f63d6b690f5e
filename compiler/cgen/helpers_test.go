package cgen

import (
	"github.com/xfgen-dev/xfgen/compiler"
	"testing"

	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/internal/ctest"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

func repoInclude() string { return ctest.Include() }

func inputs(t testing.TB, oldSrc, newSrc, specSrc string) (*grammar.File, *typesdiff.Program, *typesdiff.Program, string) {
	t.Helper()
	return ctest.Inputs(t, oldSrc, newSrc, specSrc)
}

func needGCC(t testing.TB) { t.Helper(); ctest.NeedGCC(t) }

func gcc(t testing.TB, dir string, args ...string) { t.Helper(); ctest.GCC(t, dir, args...) }

// compiles generates the plan's C and compiles it as DESIGN.md says.
func compiles(t *testing.T, plan *compiler.Plan, dir string) {
	t.Helper()
	src, err := GenerateC(plan, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctest.CompilesC(t, dir, src)
}
