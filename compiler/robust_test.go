package compiler

import (
	"os"
	"path/filepath"
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
					if _, err := GenerateC(plan, Options{}); err != nil {
						t.Errorf("%s with %s[:%d]: %v", dir, specs[i], n, err)
					}
				}
			}
		}
	}
}
