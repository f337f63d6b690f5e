package diag

import (
	"encoding/json"
	"testing"
)

func TestStringIsCompilerFormat(t *testing.T) {
	d := Diagnostic{
		Range:    Range{Start: Pos{File: "spec.xf", Line: 12, Col: 5}},
		Severity: Error, Code: "XF0102", Message: "unknown field `fd`",
		Related: []Related{{Range: Range{Start: Pos{File: "new.h", Line: 3, Col: 7}}, Message: "struct conn is defined here"}},
	}
	want := "spec.xf:12:5: error: unknown field `fd` [XF0102]\nnew.h:3:7: note: struct conn is defined here"
	if got := d.String(); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestListErrorsAndSort(t *testing.T) {
	var l List
	l.Warnf(Range{Start: Pos{File: "a", Offset: 9, Line: 2, Col: 1}}, "W", "w")
	if l.HasErrors() || l.Err() != nil {
		t.Fatal("a warning alone is not an error")
	}
	l.Errorf(Range{Start: Pos{File: "a", Offset: 1, Line: 1, Col: 2}}, "E", "e %d", 1)
	if !l.HasErrors() || l.Err() == nil {
		t.Fatal("an error must make the list an error")
	}
	l.Sort()
	if l[0].Message != "e 1" {
		t.Fatalf("sort by offset: got %v", l)
	}
}

func TestSeverityJSONRoundTrip(t *testing.T) {
	b, err := json.Marshal(Diagnostic{Severity: Warning, Message: "m"})
	if err != nil {
		t.Fatal(err)
	}
	var d Diagnostic
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	if d.Severity != Warning {
		t.Fatalf("round trip gave %v from %s", d.Severity, b)
	}
}
