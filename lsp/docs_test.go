package lsp

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every diagnostic code the project's packages use has its section in
// docs/diagnostics.md, where the diagnostics' codeDescription links go.
func TestEveryCodeIsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	code := regexp.MustCompile(`"(XF\d{4})"`)
	seen := 0
	for _, dir := range []string{"grammar", "typesdiff", "compiler", "pipeline", "lsp"} {
		files, _ := filepath.Glob(filepath.Join("..", dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range code.FindAllStringSubmatch(string(src), -1) {
				seen++
				if !strings.Contains(string(doc), "\n### "+m[1]+"\n") {
					t.Errorf("%s uses %s, which docs/diagnostics.md does not explain", f, m[1])
				}
			}
		}
	}
	if seen < 50 {
		t.Errorf("found only %d codes", seen)
	}
}
