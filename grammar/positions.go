package grammar

import (
	"sort"

	"github.com/xfgen-dev/xfgen/diag"
)

// maxSize is the largest spec Parse reads: offsets are held in 32
// bits. A variable, so that a test can lower it.
var maxSize = 1<<32 - 1

// Lines turns byte offsets of one spec into line and column positions.
type Lines struct {
	file  string
	size  int
	start []uint32 // byte offset of the first byte of each line
}

// NewLines indexes the lines of src, the text of file.
func NewLines(file string, src []byte) *Lines {
	li := &Lines{file: file, size: len(src), start: make([]uint32, 1, len(src)/32+1)}
	for i, b := range src {
		if b == '\n' {
			li.start = append(li.start, uint32(i+1))
		}
	}
	return li
}

// Pos is the position of byte offset off (clamped to the file).
func (li *Lines) Pos(off int) diag.Pos {
	off = min(max(off, 0), li.size)
	line := sort.Search(len(li.start), func(i int) bool { return int(li.start[i]) > off }) - 1
	return diag.Pos{File: li.file, Offset: off, Line: line + 1, Col: off - int(li.start[line]) + 1}
}

// Span is the span [from, to) (clamped to the file).
func (li *Lines) Span(from, to int) Span {
	from, to = min(max(from, 0), li.size), min(max(to, 0), li.size)
	return Span{Start: uint32(from), End: uint32(to), lines: li}
}

// span is the diag range [from, to).
func (li *Lines) span(from, to int) diag.Range { return li.Span(from, to).Range() }

// Span is where a node of the AST lies: bytes [Start, End) of its
// spec. It takes 16 bytes where a diag.Range takes 80, which for a
// large spec is most of the AST; Range gives lines and columns when a
// message or an editor needs them. The zero Span is no place (a rule
// without code has no ':').
type Span struct {
	Start, End uint32
	lines      *Lines
}

// IsValid reports whether s is a place in a file.
func (s Span) IsValid() bool { return s.lines != nil }

// Range is s as lines and columns; the zero Range for the zero Span.
func (s Span) Range() diag.Range {
	if s.lines == nil {
		return diag.Range{}
	}
	return diag.Range{Start: s.lines.Pos(int(s.Start)), End: s.lines.Pos(int(s.End))}
}

// To is the span from the start of s to the end of t.
func (s Span) To(t Span) Span { return Span{Start: s.Start, End: t.End, lines: s.lines} }

// Moved is s moved by delta bytes into the file that lines index (an
// editor's reparse keeps the nodes after a change and moves them).
func (s Span) Moved(delta int, lines *Lines) Span {
	if s.lines == nil {
		return s
	}
	return lines.Span(int(s.Start)+delta, int(s.End)+delta)
}
