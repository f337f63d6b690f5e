package lsp

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xfgen-dev/xfgen/diag"
	"go.lsp.dev/protocol"
)

// lines indexes a text by line for converting between byte offsets and
// LSP positions, whose characters count UTF-16 code units unless the
// client agreed to UTF-8.
type lines struct {
	text   []byte
	starts []int // byte offset of each line's first byte
	utf8   bool
}

func newLines(text []byte, utf8 bool) *lines {
	l := &lines{text: text, starts: []int{0}, utf8: utf8}
	for i, b := range text {
		if b == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// position converts a byte offset, clamped to the text.
func (l *lines) position(off int) protocol.Position {
	off = max(0, min(off, len(l.text)))
	line := 0
	lo, hi := 0, len(l.starts)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if l.starts[mid] <= off {
			line, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	seg := l.text[l.starts[line]:off]
	return protocol.Position{Line: uint32(line), Character: uint32(l.units(seg))}
}

func (l *lines) units(seg []byte) int {
	if l.utf8 {
		return len(seg)
	}
	n := 0
	for len(seg) > 0 {
		r, size := utf8.DecodeRune(seg)
		seg = seg[size:]
		n += max(1, utf16.RuneLen(r))
	}
	return n
}

// offset converts an LSP position to a byte offset; a line or character
// past the end is clamped to the end of the line or text.
func (l *lines) offset(p protocol.Position) int {
	if int(p.Line) >= len(l.starts) {
		return len(l.text)
	}
	start := l.starts[p.Line]
	end := len(l.text)
	if int(p.Line)+1 < len(l.starts) {
		end = l.starts[p.Line+1] - 1
		if end > start && l.text[end-1] == '\r' {
			end--
		}
	}
	off, n := start, 0
	for off < end && n < int(p.Character) {
		r, size := utf8.DecodeRune(l.text[off:end])
		if l.utf8 {
			n += size
		} else {
			n += max(1, utf16.RuneLen(r))
		}
		if n > int(p.Character) {
			break // inside a character: stay before it
		}
		off += size
	}
	return off
}

// posOffset is the byte offset of a diagnostic position in this text,
// from its line and column (which stay right when Offset is absent).
func (l *lines) posOffset(p diag.Pos) int {
	if p.Line <= 0 {
		return 0
	}
	if p.Line > len(l.starts) {
		return len(l.text)
	}
	end := len(l.text)
	if p.Line < len(l.starts) {
		end = l.starts[p.Line] - 1 // the line's '\n'
	}
	return min(l.starts[p.Line-1]+max(p.Col-1, 0), end)
}

func (l *lines) rangeOf(r diag.Range) protocol.Range {
	start := l.position(l.posOffset(r.Start))
	end := start
	if r.End.IsValid() {
		end = l.position(l.posOffset(r.End))
	}
	return protocol.Range{Start: start, End: end}
}

// lineText is the text of the 0-based line n.
func (l *lines) lineText(n int) []byte {
	if n < 0 || n >= len(l.starts) {
		return nil
	}
	s := l.text[l.starts[n]:]
	if i := bytes.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return bytes.TrimSuffix(s, []byte("\r"))
}
