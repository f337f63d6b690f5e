// Package diag is the one diagnostic type shared by every stage of xfgen:
// the grammar, the C loader, the checker, the command line and the
// language server all report through it.
package diag

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a source file. Line and Col are 1-based, for
// people; Col counts bytes. Offset is the 0-based byte offset. The
// language server converts to its own 0-based UTF-16 positions.
type Pos struct {
	File   string `json:"file"`
	Offset int    `json:"offset"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
}

// IsValid reports whether p names a place in a file.
func (p Pos) IsValid() bool { return p.Line > 0 }

func (p Pos) String() string {
	if !p.IsValid() {
		if p.File != "" {
			return p.File
		}
		return "-"
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Range is a half-open span [Start, End) of one file.
type Range struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// Contains reports whether offset lies inside r (End is exclusive).
func (r Range) Contains(offset int) bool {
	return r.Start.Offset <= offset && offset < r.End.Offset
}

func (r Range) String() string { return r.Start.String() }

// Severity orders diagnostics from fatal to informative.
type Severity int

const (
	Error Severity = iota
	Warning
	Info
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "info"
	}
}

// MarshalJSON writes the severity as its word.
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads the severity from its word.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var w string
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	switch w {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	case "info":
		*s = Info
	default:
		return fmt.Errorf("unknown severity %q", w)
	}
	return nil
}

// Related points at another place that explains a diagnostic, such as
// the header line of the field in question.
type Related struct {
	Range   Range  `json:"range"`
	Message string `json:"message"`
}

// Edit replaces the text of Range with NewText. An insertion has an
// empty range (Start == End).
type Edit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// Fix is a suggested change that resolves a diagnostic.
type Fix struct {
	Title string `json:"title"`
	Edits []Edit `json:"edits"`
}

// Diagnostic is one message about the inputs.
type Diagnostic struct {
	Range    Range     `json:"range"`
	Severity Severity  `json:"severity"`
	Code     string    `json:"code,omitempty"` // stable, e.g. XF0102
	Message  string    `json:"message"`
	Related  []Related `json:"related,omitempty"`
	Fixes    []Fix     `json:"fixes,omitempty"`
}

// String formats d the way compilers do, so editors and CI logs link it:
// "spec.xf:12:5: error: message [XF0102]".
func (d Diagnostic) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s: %s", d.Range.Start, d.Severity, d.Message)
	if d.Code != "" {
		fmt.Fprintf(&b, " [%s]", d.Code)
	}
	for _, r := range d.Related {
		fmt.Fprintf(&b, "\n%s: note: %s", r.Range.Start, r.Message)
	}
	return b.String()
}

// List is a set of diagnostics; it is an error when it holds one.
type List []Diagnostic

// Add appends a diagnostic.
func (l *List) Add(d Diagnostic) { *l = append(*l, d) }

// Errorf appends an error at r.
func (l *List) Errorf(r Range, code, format string, args ...any) {
	l.Add(Diagnostic{Range: r, Severity: Error, Code: code, Message: fmt.Sprintf(format, args...)})
}

// Warnf appends a warning at r.
func (l *List) Warnf(r Range, code, format string, args ...any) {
	l.Add(Diagnostic{Range: r, Severity: Warning, Code: code, Message: fmt.Sprintf(format, args...)})
}

// HasErrors reports whether l holds a diagnostic of severity Error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders l by file, then offset, then severity, keeping the order
// of diagnostics at the same place.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Range.Start, l[j].Range.Start
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return l[i].Severity < l[j].Severity
	})
}

// Error joins the diagnostics one per line, so a List can be returned
// where an error is expected.
func (l List) Error() string {
	s := make([]string, len(l))
	for i, d := range l {
		s[i] = d.String()
	}
	return strings.Join(s, "\n")
}

// Err returns l as an error if it has errors, else nil.
func (l List) Err() error {
	if l.HasErrors() {
		return l
	}
	return nil
}
