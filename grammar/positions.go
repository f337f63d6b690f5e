package grammar

import (
	"sort"

	"github.com/xfgen-dev/xfgen/diag"
)

// lineIndex turns byte offsets of one file into diag positions.
type lineIndex struct {
	file  string
	size  int
	start []int // byte offset of the first byte of each line
}

func newLineIndex(file string, src []byte) *lineIndex {
	li := &lineIndex{file: file, size: len(src), start: []int{0}}
	for i, b := range src {
		if b == '\n' {
			li.start = append(li.start, i+1)
		}
	}
	return li
}

// pos is the position of byte offset off (clamped to the file).
func (li *lineIndex) pos(off int) diag.Pos {
	if off < 0 {
		off = 0
	}
	if off > li.size {
		off = li.size
	}
	line := sort.Search(len(li.start), func(i int) bool { return li.start[i] > off }) - 1
	return diag.Pos{File: li.file, Offset: off, Line: line + 1, Col: off - li.start[line] + 1}
}

// span is the range [from, to).
func (li *lineIndex) span(from, to int) diag.Range {
	return diag.Range{Start: li.pos(from), End: li.pos(to)}
}
