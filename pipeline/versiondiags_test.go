package pipeline

import (
	"path/filepath"
	"strings"
	"testing"
)

// A header both versions read reports its error once, saying it is in
// both; an error only one version's defines reach says which version.
func TestSharedHeaderDiagnostics(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "shared.h"), "#ifdef V1\nstruct s { int a; }\n#endif\nstruct t { int b; }\nint x;\n")
	write(t, filepath.Join(dir, "old.h"), "#include \"shared.h\"\n")
	write(t, filepath.Join(dir, "new.h"), "#include \"shared.h\"\n")
	o := Options{Old: []string{filepath.Join(dir, "old.h")}, New: []string{filepath.Join(dir, "new.h")}}
	r := NewCache().Run(o, "", nil)
	var lines []string
	for _, d := range r.Diags {
		lines = append(lines, d.String())
	}
	if len(r.Diags) != 1 || !strings.HasSuffix(r.Diags[0].Message, " (in both versions)") || r.Diags[0].Range.Start.Line != 5 {
		// gcc's place: before the `int` that follows the struct lacking its ';'
		t.Errorf("both versions alike: want one error at shared.h:5 that says it is in both, got\n%s", strings.Join(lines, "\n"))
	}

	write(t, filepath.Join(dir, "shared.h"), "#ifdef V1\nstruct s { int a; }\n#endif\nint x;\n")
	o.OldDefine = []string{"V1"}
	r = NewCache().Run(o, "", nil)
	lines = nil
	for _, d := range r.Diags {
		lines = append(lines, d.String())
	}
	if len(r.Diags) != 1 || !strings.HasSuffix(r.Diags[0].Message, " (in the old version)") || r.Diags[0].Range.Start.Line != 2 {
		t.Errorf("only the old version's defines: want one error at shared.h:2 that names the old version, got\n%s", strings.Join(lines, "\n"))
	}
}
