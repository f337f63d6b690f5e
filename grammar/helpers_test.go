package grammar

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
)

// span writes a range as "line:col-line:col".
func span(r diag.Range) string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Col, r.End.Line, r.End.Col)
}

// mustParse parses src and fails the test on any diagnostic.
func mustParse(t *testing.T, src string) *File {
	t.Helper()
	f, errs := Parse("t.xf", []byte(src))
	if len(errs) > 0 {
		t.Fatalf("unexpected diagnostics for %q:\n%s", src, errs.Error())
	}
	return f
}

// text is the source text that r covers; it checks that offsets, lines
// and columns agree.
func text(t *testing.T, f *File, r diag.Range) string {
	t.Helper()
	li := NewLines(f.Name, f.Src)
	if li.Pos(r.Start.Offset) != r.Start || li.Pos(r.End.Offset) != r.End {
		t.Fatalf("range %v has offsets that disagree with its lines and columns", r)
	}
	return string(f.Src[r.Start.Offset:r.End.Offset])
}

// diagLines formats diagnostics as "line:col: message [code]", one per line.
func diagLines(errs diag.List) string {
	var b strings.Builder
	for _, d := range errs {
		fmt.Fprintf(&b, "%d:%d: %s [%s]\n", d.Range.Start.Line, d.Range.Start.Col, d.Message, d.Code)
	}
	return b.String()
}
