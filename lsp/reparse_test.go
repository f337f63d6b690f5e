package lsp

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/grammar"
)

// After every one of thousands of random edits of real specs, the
// incremental reparse, when it applies, gives exactly the full parse's
// tree, positions included.
func TestReparseEqualsFullParse(t *testing.T) {
	var bases []string
	for _, g := range []string{"../testdata/kvserver/*.xf", "../testdata/specs/*.xf", "../testdata/e2e/*/spec.xf"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			bases = append(bases, string(b))
		}
	}
	snippets := []string{"x", " ", "\n", "\n\n", "->", ", ", ": { $out = 1; }", "INIT ", "struct a.b", "// c\n", "/* d */", "{", "}", "$in", "a -> b\n", ", c -> d: { }\n", "\"}\"", "'{'"}
	rng := rand.New(rand.NewSource(1))
	used, checked := 0, 0
	for round := 0; round < 120; round++ {
		text := bases[rng.Intn(len(bases))]
		for len(strings.Split(text, "->")) < 12 {
			text += "\nv1 -> v2\n\nINIT w: { $out = 0; }\n"
		}
		prev, errs := grammar.Parse("spec.xf", []byte(text))
		for step := 0; step < 30; step++ {
			i := rng.Intn(len(text) + 1)
			switch rng.Intn(3) {
			case 0, 1:
				text = text[:i] + snippets[rng.Intn(len(snippets))] + text[i:]
			default:
				j := min(len(text), i+rng.Intn(6))
				text = text[:i] + text[j:]
			}
			full, ferrs := grammar.Parse("spec.xf", []byte(text))
			if len(errs) == 0 {
				if inc, ok := reparse(prev, []byte(text)); ok {
					used++
					if len(ferrs) > 0 {
						t.Fatalf("reparse accepted a text whose full parse has errors %v:\n%s", ferrs, text)
					}
					if !reflect.DeepEqual(inc, full) {
						t.Fatalf("reparse differs from the full parse after an edit at %d:\n%s", i, text)
					}
				}
				checked++
			}
			prev, errs = full, ferrs
		}
	}
	if used < checked/4 {
		t.Errorf("the reparse applied to only %d of %d edits", used, checked)
	}
	t.Logf("reparse applied to %d of %d edits", used, checked)
}
