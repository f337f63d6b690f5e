package grammar

import (
	"bytes"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// FormatSource parses src and returns it in canonical layout. When the
// spec has syntax errors it returns nil and the errors: a file is only
// rewritten when all of it was understood.
func FormatSource(filename string, src []byte) ([]byte, diag.List) {
	f, errs := Parse(filename, src)
	if errs.HasErrors() {
		return nil, errs
	}
	return Format(f), errs
}

// Format prints a parsed spec in canonical layout: the preamble first,
// then the rules with a blank line between them; one label per line in
// a list, the last one followed by ': {'; '->' with a space on each
// side. Code blocks are printed byte for byte. Comments stay where they
// were: on their own lines before what they preceded (blank lines among
// them kept, collapsed to one), or at the end of the line they ended.
// Format(Parse(Format(f))) is Format(f). f should be free of syntax
// errors; what a broken rule lost is not printed.
func Format(f *File) []byte {
	fm := &formatter{f: f}
	fm.place()
	fm.print()
	return fm.out.Bytes()
}

// item is the preamble or a rule, with the comments placed around it.
type item struct {
	rule     *Rule // nil for the preamble
	rng      diag.Range
	leading  []*Comment // on their own lines before it
	trailing []*Comment // on the line where it ends
	inner    []*Comment // between its first label and its code block
}

type formatter struct {
	f       *File
	items   []*item
	trailer []*Comment // after everything, on their own lines
	out     bytes.Buffer
}

// place assigns every comment to the item it belongs to.
func (fm *formatter) place() {
	if fm.f.Preamble != nil {
		fm.items = append(fm.items, &item{rng: fm.f.Preamble.Range()})
	}
	for _, r := range fm.f.Rules {
		fm.items = append(fm.items, &item{rule: r, rng: r.Range()})
	}
	k := 0 // the first item that does not end before the comment
	for _, c := range fm.f.Comments {
		if !c.Range().Start.IsValid() {
			fm.trailer = append(fm.trailer, c) // built by a program: no place to keep
			continue
		}
		off := c.Range().Start.Offset
		for k < len(fm.items) && fm.items[k].rng.End.Offset <= off {
			k++
		}
		switch {
		case k < len(fm.items) && fm.items[k].rng.Start.Offset <= off:
			fm.items[k].inner = append(fm.items[k].inner, c)
		case k > 0 && fm.items[k-1].rng.End.Line == c.Range().Start.Line:
			fm.items[k-1].trailing = append(fm.items[k-1].trailing, c)
		case k < len(fm.items):
			fm.items[k].leading = append(fm.items[k].leading, c)
		default:
			fm.trailer = append(fm.trailer, c)
		}
	}
}

func (fm *formatter) print() {
	var prevEnd diag.Pos // end of what was printed last; invalid at the start
	for i, it := range fm.items {
		fm.comments(prevEnd, it.leading, it.rng.Start, true, i == 0)
		if it.rule == nil {
			fm.out.WriteString("{" + fm.f.Preamble.Text + "}")
		} else {
			fm.rule(it)
		}
		for _, c := range it.trailing {
			fm.out.WriteString(" " + c.Text)
		}
		prevEnd = it.rng.End
		if n := len(it.trailing); n > 0 {
			prevEnd = it.trailing[n-1].Range().End
		}
	}
	if len(fm.trailer) > 0 {
		fm.comments(prevEnd, fm.trailer, diag.Pos{}, false, len(fm.items) == 0)
	}
	if fm.out.Len() > 0 {
		fm.out.WriteByte('\n')
	}
}

// comments prints a group of own-line comments after what ends at
// prevEnd (unless first: nothing was printed yet) and, if hasNext,
// before an item starting at next; they are separated by newlines, or by a blank
// line where the source had at least one. Between two items there is
// always a blank line: if the source had none around the group, it goes
// before the group. Positions that are invalid (an AST built by a
// program rather than parsed) count as having no blank line.
func (fm *formatter) comments(prevEnd diag.Pos, cs []*Comment, next diag.Pos, hasNext, first bool) {
	type piece struct{ start, end diag.Pos }
	var seq []piece
	for _, c := range cs {
		seq = append(seq, piece{c.Range().Start, c.Range().End})
	}
	if hasNext {
		seq = append(seq, piece{next, next})
	}
	gaps := make([]bool, len(seq)) // gaps[i]: a blank line before seq[i]
	anyGap := false
	last := prevEnd
	for i, p := range seq {
		gaps[i] = last.IsValid() && p.start.IsValid() && p.start.Line-last.Line > 1
		anyGap = anyGap || gaps[i]
		last = p.end
	}
	if hasNext && !first && !anyGap {
		gaps[0] = true
	}
	for i := range seq {
		if !first || i > 0 {
			fm.out.WriteByte('\n')
			if gaps[i] {
				fm.out.WriteByte('\n')
			}
		}
		if i < len(cs) {
			fm.out.WriteString(cs[i].Text)
		}
	}
}

// labelComments are the comments inside one label's part of a rule.
type labelComments struct {
	leading   []*Comment // own lines before the label
	afterFrom []*Comment // inline, before '->'
	afterOp   []*Comment // inline, after '->' or INIT
	afterAll  []*Comment // inline, after the label (before ':' on the last one)
	trailing  []*Comment // after the ',' that ends the label's line
}

// rule prints a rule with the comments inside it.
func (fm *formatter) rule(it *item) {
	r := it.rule
	lcs := make([]labelComments, len(r.Labels))
	for _, c := range it.inner {
		fm.placeInRule(r, lcs, c)
	}
	for i, l := range r.Labels {
		lc := &lcs[i]
		for _, c := range lc.leading {
			fm.out.WriteString(c.Text + "\n")
		}
		fm.label(l, lc)
		switch {
		case i < len(r.Labels)-1:
			fm.out.WriteString(",")
			for _, c := range lc.trailing {
				fm.out.WriteString(" " + c.Text)
			}
			fm.out.WriteString("\n")
		case r.Code != nil:
			fm.out.WriteString(": {" + r.Code.Text + "}")
		}
	}
}

// placeInRule files comment c, which lies inside rule r, under the
// label it is part of or follows.
func (fm *formatter) placeInRule(r *Rule, lcs []labelComments, c *Comment) {
	off := c.Range().Start.Offset
	// The last label that starts at or before the comment.
	i := sort.Search(len(r.Labels), func(i int) bool { return r.Labels[i].Range().Start.Offset > off }) - 1
	if i < 0 {
		i = 0
	}
	l, lc := r.Labels[i], &lcs[i]
	inline := strings.HasPrefix(c.Text, "/*") && !strings.Contains(c.Text, "\n")
	switch {
	case off >= l.Range().End.Offset && i < len(r.Labels)-1:
		// Between this label and the next.
		if c.Range().Start.Line == l.Range().End.Line {
			lc.trailing = append(lc.trailing, c)
		} else {
			lcs[i+1].leading = append(lcs[i+1].leading, c)
		}
	case !inline:
		// A line comment inside a line that goes on: before the label.
		lc.leading = append(lc.leading, c)
	case off >= l.Range().End.Offset:
		lc.afterAll = append(lc.afterAll, c)
	case off < l.Op.Range().Start.Offset:
		lc.afterFrom = append(lc.afterFrom, c)
	default:
		lc.afterOp = append(lc.afterOp, c)
	}
}

// label prints one label with its inline comments.
func (fm *formatter) label(l *Label, lc *labelComments) {
	inline := func(cs []*Comment) {
		for _, c := range cs {
			fm.out.WriteString(" " + c.Text)
		}
	}
	if l.Kind == Init {
		fm.out.WriteString("INIT")
	} else {
		fm.out.WriteString(pathText(l.From))
		inline(lc.afterFrom)
		fm.out.WriteString(" ->")
	}
	inline(lc.afterOp)
	if l.To != nil {
		fm.out.WriteString(" " + pathText(l.To))
	}
	inline(lc.afterAll)
}

// pathText is a path in canonical spelling.
func pathText(p *Path) string {
	if p == nil {
		return ""
	}
	if p.Kind == VarPath {
		if p.Key == "" {
			return varKey(p)
		}
		return p.Key
	}
	var b strings.Builder
	if p.Keyword != nil {
		b.WriteString(p.Keyword.Name + " ")
	}
	if p.Name != nil {
		b.WriteString(p.Name.Name)
	}
	for _, f := range p.Fields {
		b.WriteString("." + f.Name)
	}
	return b.String()
}

// varKey spells a variable path from its parts, for a path built by a
// program without Key.
func varKey(p *Path) string {
	key := ""
	if p.File != nil {
		key = p.File.Name + "/"
	}
	if p.Func != nil {
		key += p.Func.Name + "#"
	}
	if p.Name != nil {
		key += p.Name.Name
	}
	return key
}
