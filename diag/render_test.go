package diag

import (
	"strings"
	"testing"
)

func at(file string, line, col, endCol int) Range {
	return Range{Start: Pos{File: file, Line: line, Col: col}, End: Pos{File: file, Line: line, Col: endCol}}
}

func printed(t *testing.T, p Printer, l List) string {
	t.Helper()
	var b strings.Builder
	p.W = &b
	if err := p.Print(l); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPrinterShowsLineAndCaretUnderRange(t *testing.T) {
	var files Files
	files.Set("spec.xf", []byte("count -> count\n\tcount -> cuont // typo\nlast"))
	files.Set("new.h", []byte("extern int count;\n"))
	d := Diagnostic{Range: at("spec.xf", 2, 11, 16), Severity: Error, Code: "XF0101", Message: "no variable `cuont`",
		Related: []Related{{Range: at("new.h", 1, 12, 17), Message: "`count` is declared here"}}}
	got := printed(t, Printer{Files: &files, Caret: true}, List{d})
	want := "spec.xf:2:11: error: no variable `cuont` [XF0101]\n" +
		"    2 | \tcount -> cuont // typo\n" +
		"      | \t         ^~~~~\n" +
		"new.h:1:12: note: `count` is declared here\n" +
		"    1 | extern int count;\n" +
		"      |            ^~~~~\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestPrinterRangeEdges(t *testing.T) {
	var files Files
	files.Set("a.xf", []byte("héllo wörld\nnext\n"))
	cases := []struct {
		r    Range
		want string
	}{
		// A point: one caret.
		{Range{Start: Pos{File: "a.xf", Line: 1, Col: 1}}, "^"},
		// Past a multi-byte rune: one column per rune.
		{at("a.xf", 1, 8, 14), "      ^~~~~"},
		// A range that goes on to the next line: to the end of this one.
		{Range{Start: Pos{File: "a.xf", Line: 1, Col: 8}, End: Pos{File: "a.xf", Line: 2, Col: 2}}, "      ^~~~~"},
		// At the end of the line (a missing ';'): a caret after it.
		{at("a.xf", 2, 5, 5), "    ^"},
	}
	for _, c := range cases {
		got := printed(t, Printer{Files: &files, Caret: true}, List{{Range: c.r, Message: "m"}})
		lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
		if last := strings.TrimPrefix(lines[len(lines)-1], "      | "); last != c.want {
			t.Errorf("%v: caret line %q, want %q", c.r, last, c.want)
		}
	}
}

func TestPrinterWithoutSourceOrCaret(t *testing.T) {
	var files Files // "gone.xf" does not exist
	d := Diagnostic{Range: at("gone.xf", 3, 1, 2), Severity: Warning, Message: "w"}
	for _, p := range []Printer{{Files: &files, Caret: true}, {Files: &files}} {
		if got := printed(t, p, List{d}); got != "gone.xf:3:1: warning: w\n" {
			t.Errorf("got %q", got)
		}
	}
	files.Set("short.xf", []byte("x\n"))
	d.Range = at("short.xf", 7, 1, 2) // past the end of the file
	if got := printed(t, Printer{Files: &files, Caret: true}, List{d}); got != "short.xf:7:1: warning: w\n" {
		t.Errorf("got %q", got)
	}
}

func TestPrinterColour(t *testing.T) {
	var files Files
	files.Set("a.xf", []byte("abc\n"))
	got := printed(t, Printer{Files: &files, Caret: true, Color: true}, List{{Range: at("a.xf", 1, 2, 3), Severity: Warning, Message: "m"}})
	want := "\x1b[1ma.xf:1:2:\x1b[0m \x1b[1;35mwarning:\x1b[0m m\n    1 | abc\n      |  \x1b[32m^\x1b[0m\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestPrinterStopsAtErrorLimit(t *testing.T) {
	var l List
	for i := 1; i <= 5; i++ {
		l.Warnf(at("a.xf", i, 1, 1), "", "warning %d", i)
		l.Errorf(at("a.xf", i, 1, 1), "", "error %d", i)
	}
	got := printed(t, Printer{Limit: 2}, l)
	want := "a.xf:1:1: warning: warning 1\na.xf:1:1: error: error 1\na.xf:2:1: warning: warning 2\na.xf:2:1: error: error 2\na.xf:3:1: warning: warning 3\n" +
		"fatal error: too many errors (2 shown), stopping now: --error-limit 0 shows them all\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := printed(t, Printer{}, l); strings.Count(got, "error ") != 5 {
		t.Errorf("without a limit every error is shown:\n%s", got)
	}
}

func TestUniqueAndProgramLocus(t *testing.T) {
	bad := Diagnostic{Severity: Error, Code: "XF0201", Message: `unknown C standard "bogus"`}
	other := Diagnostic{Range: at("a.xf", 1, 1, 2), Severity: Error, Message: "m"}
	l := List{bad, other, bad, other}.Unique()
	if len(l) != 2 || l[0].Message != bad.Message || l[1].Message != "m" {
		t.Fatalf("Unique: %v", l)
	}
	got := printed(t, Printer{Program: "xfgen check"}, List{bad})
	if want := "xfgen check: error: unknown C standard \"bogus\" [XF0201]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Trim keeps exactly what a printer stopping at the limit shows, and
// no more than it needs to say that it stopped.
func TestTrimKeepsWhatThePrinterShows(t *testing.T) {
	var l List
	for i := 0; i < 300; i++ {
		line := (i*37)%50 + 1 // out of order, several at each place
		if i%3 == 0 {
			l.Warnf(at("b.xf", line, 1, 1), "", "warning %d", i)
		} else {
			l.Errorf(at("b.xf", line, 1, 1), "", "error %d", i)
		}
	}
	for i := range l {
		l[i].Range.Start.Offset = l[i].Range.Start.Line * 10
	}
	for _, limit := range []int{0, 1, 2, 20, 199, 200, 201} {
		full := append(List(nil), l...)
		full.Sort() // as every report is
		trimmed := append(List(nil), l...).Trim(limit)
		if got, want := printed(t, Printer{Limit: limit}, trimmed), printed(t, Printer{Limit: limit}, full); got != want {
			t.Errorf("limit %d: trimmed list prints\n%s\nthe full one\n%s", limit, got, want)
		}
		errors := 0
		for _, d := range trimmed {
			if d.Severity == Error {
				errors++
			}
		}
		if limit > 0 && limit < 200 && errors != limit+1 {
			t.Errorf("limit %d: kept %d errors, want %d", limit, errors, limit+1)
		}
		if limit == 0 && len(trimmed) != len(l) {
			t.Errorf("limit 0 kept %d of %d", len(trimmed), len(l))
		}
	}
}

// A stage that keeps adding errors and calls Keep holds a bounded list,
// and what it ends with prints as the whole list would.
func TestTrimmerBoundsAGrowingList(t *testing.T) {
	var full, kept List
	tr := Trimmer{Limit: 20}
	for i := 0; i < 100000; i++ {
		d := Diagnostic{Range: at("c.xf", (i*7919)%5000+1, 1, 1), Severity: Error, Message: "e"}
		d.Range.Start.Offset = d.Range.Start.Line * 10
		full, kept = append(full, d), append(kept, d)
		kept = tr.Keep(kept)
		if len(kept) > 2*21+1024+1 {
			t.Fatalf("after %d errors Keep holds %d", i+1, len(kept))
		}
	}
	full.Sort()
	if got, want := printed(t, Printer{Limit: 20}, kept.Trim(20)), printed(t, Printer{Limit: 20}, full); got != want {
		t.Errorf("kept list prints\n%s\nthe full one\n%s", got, want)
	}
	if l := (&Trimmer{}).Keep(full); len(l) != len(full) {
		t.Errorf("a Trimmer without a limit dropped %d", len(full)-len(l))
	}
}
