package diag

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"
)

// Printer writes diagnostics as gcc and clang do: the "file:line:col:
// severity: message" line, then the source line with a caret under the
// range (^~~~), optionally in colour, stopping after Limit errors.
type Printer struct {
	W     io.Writer
	Files *Files // the text of the files the diagnostics point into
	Color bool
	Caret bool // show the source line and caret
	Limit int  // errors shown before stopping; 0 for no limit
	// Program stands where a diagnostic about no file (a bad flag) has
	// its position, as in "gcc: error: ..."; "xfgen" when empty.
	Program string
}

// ANSI colours as gcc uses them.
const (
	bold    = "\x1b[1m"
	red     = "\x1b[1;31m"
	magenta = "\x1b[1;35m"
	cyan    = "\x1b[1;36m"
	green   = "\x1b[32m"
	reset   = "\x1b[0m"
)

// Unique returns l without repeats of the same diagnostic (both
// versions of a program report a bad -D alike), keeping the order.
func (l List) Unique() List {
	type key struct {
		r         Range
		s         Severity
		code, msg string
		related   string
	}
	seen := map[key]bool{}
	out := make(List, 0, len(l))
	for _, d := range l {
		k := key{r: d.Range, s: d.Severity, code: d.Code, msg: d.Message}
		if len(d.Related) > 0 {
			k.related = fmt.Sprintf("%#v", d.Related)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// Print writes every diagnostic of l in order. After Limit errors it
// writes one line saying that it stopped, and nothing more.
func (p *Printer) Print(l List) error {
	shown, cut := l.UpToErrors(p.Limit)
	for _, d := range shown {
		if err := p.print(d); err != nil {
			return err
		}
	}
	if cut {
		_, err := fmt.Fprintf(p.W, "%s %s\n", p.severity(Error, "fatal error"), TooManyErrors(p.Limit))
		return err
	}
	return nil
}

// TooManyErrors says that the diagnostics stop after limit errors.
func TooManyErrors(limit int) string {
	return fmt.Sprintf("too many errors (%d shown), stopping now: --error-limit 0 shows them all", limit)
}

// UpToErrors returns the diagnostics of l that come before its
// (limit+1)th error, and whether that cut any off. A limit of 0 or less
// keeps all.
func (l List) UpToErrors(limit int) (List, bool) {
	if limit <= 0 {
		return l, false
	}
	errors := 0
	for i, d := range l {
		if d.Severity != Error {
			continue
		}
		if errors == limit {
			return l[:i], true
		}
		errors++
	}
	return l, false
}

// Trim sorts l and, for a limit above 0, keeps only what a Printer
// stopping after limit errors shows, and the first error it cuts, so
// that the Printer still says it stopped. A stage that may report
// millions of errors trims as it goes, so that they cost no memory.
func (l List) Trim(limit int) List {
	l.Sort()
	shown, cut := l.UpToErrors(limit)
	if !cut {
		return l
	}
	return slices.Clone(l[:len(shown)+1])
}

// Trimmer trims a list that a stage keeps adding to, from time to
// time, to what a report stopping after Limit errors shows (see Trim):
// a stage that may report millions of errors calls Keep in its loop.
type Trimmer struct {
	Limit int // 0 or less keeps all
	next  int // the length at which Keep trims again
}

// Keep returns l trimmed when it has grown enough since the last trim
// (to twice what was kept, and 1024 more), so that the trims cost time
// in proportion to what was added.
func (t *Trimmer) Keep(l List) List {
	if t.Limit <= 0 || len(l) < max(t.next, 2*t.Limit+1024) {
		return l
	}
	l = l.Trim(t.Limit)
	t.next = 2*len(l) + 1024
	return l
}

func (p *Printer) print(d Diagnostic) error {
	var b strings.Builder
	word := p.severity(d.Severity, d.Severity.String())
	fmt.Fprintf(&b, "%s %s %s", p.locus(d.Range.Start), word, d.Message)
	if d.Code != "" {
		fmt.Fprintf(&b, " [%s]", d.Code)
	}
	b.WriteByte('\n')
	p.snippet(&b, d.Range)
	for _, r := range d.Related {
		fmt.Fprintf(&b, "%s %s %s\n", p.locus(r.Range.Start), p.severity(Info, "note"), r.Message)
		p.snippet(&b, r.Range)
	}
	_, err := io.WriteString(p.W, b.String())
	return err
}

func (p *Printer) locus(pos Pos) string {
	where := pos.String()
	if pos.File == "" && !pos.IsValid() {
		where = p.Program
		if where == "" {
			where = "xfgen"
		}
	}
	if p.Color {
		return bold + where + ":" + reset
	}
	return where + ":"
}

func (p *Printer) severity(s Severity, word string) string {
	if !p.Color {
		return word + ":"
	}
	c := cyan
	switch s {
	case Error:
		c = red
	case Warning:
		c = magenta
	}
	return c + word + ":" + reset
}

// snippet writes the line r starts on and a caret under r, the rest of
// the line when r goes on past it.
func (p *Printer) snippet(b *strings.Builder, r Range) {
	if !p.Caret || p.Files == nil || !r.Start.IsValid() {
		return
	}
	line, ok := p.Files.Line(r.Start.File, r.Start.Line)
	if !ok || r.Start.Col < 1 || r.Start.Col > len(line)+1 {
		return
	}
	width := 1
	switch {
	case r.End.Line == r.Start.Line && r.End.Col > r.Start.Col:
		width = min(r.End.Col, len(line)+1) - r.Start.Col
	case r.End.Line > r.Start.Line:
		width = len(line) + 1 - r.Start.Col
	}
	width = max(width, 1)
	// The caret line copies the source's tabs, so it lines up however
	// the terminal shows them; every other character is one column.
	var pad strings.Builder
	for _, c := range string(line[:r.Start.Col-1]) {
		if c == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	end := min(r.Start.Col-1+width, len(line))
	n := max(utf8.RuneCount(line[r.Start.Col-1:end]), 1)
	marks := "^" + strings.Repeat("~", n-1)
	if p.Color {
		marks = green + marks + reset
	}
	fmt.Fprintf(b, "%5d | %s\n      | %s%s\n", r.Start.Line, line, pad.String(), marks)
}

// Files reads and keeps the text of the files diagnostics point into,
// for a Printer. Files already in memory (a spec read from
// standard input) are added with Set.
type Files struct {
	text  map[string][]byte
	lines map[string][]int // offsets of line starts, built on first use
}

// Set records the text of file.
func (f *Files) Set(file string, text []byte) {
	if f.text == nil {
		f.text = map[string][]byte{}
	}
	f.text[file] = text
}

// Source returns the text of file, reading it on first use; nil when it
// cannot be read.
func (f *Files) Source(file string) []byte {
	if t, ok := f.text[file]; ok {
		return t
	}
	t, err := os.ReadFile(file)
	if err != nil {
		t = nil
	}
	f.Set(file, t)
	return t
}

// Line returns line n (1-based) of file without its line end. Line
// starts are indexed once per file, so many diagnostics in a large file
// cost no rescans.
func (f *Files) Line(file string, n int) ([]byte, bool) {
	src := f.Source(file)
	if src == nil {
		return nil, false
	}
	if f.lines == nil {
		f.lines = map[string][]int{}
	}
	starts, ok := f.lines[file]
	if !ok {
		starts = []int{0}
		for i, c := range src {
			if c == '\n' {
				starts = append(starts, i+1)
			}
		}
		f.lines[file] = starts
	}
	if n < 1 || n > len(starts) {
		return nil, false
	}
	line := src[starts[n-1]:]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return bytes.TrimSuffix(line, []byte("\r")), true
}
