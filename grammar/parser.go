package grammar

import (
	"sort"
	"strings"
	"unsafe"

	"github.com/xfgen-dev/xfgen/diag"
)

// The rule grammar, over the tokens of scan:
//
//	rule  = label { "," label } [ ":" block ] .
//	label = ( "INIT" | path "->" ) path .
//	path  = [ typekw ] word .
//
// The preamble and rule boundaries are handled by Parse itself, which
// parses one rule at a time so that it can resume after an error. The
// grammar is read by hand, in one pass without backtracking: it needs
// one token of lookahead, and a parser generator's machinery cost more
// memory than the AST on a large spec.

// gRule is a rule as read, before it becomes AST; its fields are token
// indexes, -1 where the token is absent. After a syntax error it holds
// what was read, the last label perhaps incomplete.
type gRule struct {
	labels       []gLabel
	colon, block int
}

type gLabel struct {
	init, arrow int
	from, to    gPath
}

type gPath struct{ keyword, name int }

// parser holds the state of one Parse.
type parser struct {
	src    string
	lines  *Lines
	file   *File
	errs   diag.List
	trim   diag.Trimmer // keeps errs to what the report shows
	toks   []token      // parser tokens, ending with EOF
	blocks []*CodeBlock // the code blocks of the Block tokens
	syncs  []int        // see syncPoints; built at the first error
	junk   []int        // offsets of stray characters, reported by scan
}

// Parse reads a spec. It always returns a File: after a syntax error it
// resumes at the next rule, so the File holds every rule that could be
// read, and the list holds every syntax error, in source order. The
// File keeps src, whose memory the strings of the AST share: src must
// not be changed afterwards.
func Parse(filename string, src []byte) (*File, diag.List) {
	return ParseUpTo(filename, src, 0)
}

// ParseUpTo is Parse for a report that stops after limit errors (0 for
// none): of the syntax errors it keeps what such a report shows (see
// diag.List.Trim), so that a large file that is not a spec at all costs
// no more memory than one that is.
func ParseUpTo(filename string, src []byte, limit int) (*File, diag.List) {
	lines := NewLines(filename, src)
	p := &parser{
		trim: diag.Trimmer{Limit: limit},
		// The AST's names and code share the memory of src rather
		// than a copy of it: a large spec's text is held once.
		src:   unsafe.String(unsafe.SliceData(src), len(src)),
		lines: lines,
		file:  &File{Name: filename, Src: src, Lines: lines},
	}
	if len(src) > maxSize {
		p.errs.Errorf(p.lines.span(0, 0), codeTooLarge, "the spec is %d bytes; xfgen reads specs of up to 4 GiB: split it", len(src))
		return p.file, p.errs
	}
	p.scan()
	p.rules()
	return p.file, p.errs.Trim(limit)
}

// rules parses the preamble and the rules from the parser tokens.
func (p *parser) rules() {
	i := 0
	if p.toks[0].typ == pBlock {
		p.file.Preamble = p.blocks[p.toks[0].block]
		i = 1
	}
	for p.toks[i].typ != pEOF {
		p.errs = p.trim.Keep(p.errs)
		if p.toks[i].typ == pBlock {
			p.errs.Errorf(p.tokRange(i), codeStrayBlock,
				"a code block must follow labels and ':' (`a -> b: { ... }`); only the preamble stands alone, first in the file")
			i++
			continue
		}
		g, next, at := p.rule(i)
		if at < 0 {
			i = p.addRule(g, next)
			continue
		}
		p.syntaxError(i, at)
		p.addPartial(g)
		i = p.resync(i, at)
	}
}

// rule reads the rule that starts at token i. It returns where the
// rule ends, and at is -1, or the token where it stops making sense.
func (p *parser) rule(i int) (g gRule, next, at int) {
	g.colon, g.block = -1, -1
	for {
		l, j, at := p.label(i)
		if l.init >= 0 || l.from.name >= 0 {
			g.labels = append(g.labels, l)
		}
		if at >= 0 {
			return g, j, at
		}
		if i = j; p.toks[i].typ != pComma {
			break
		}
		i++
	}
	if p.toks[i].typ == pColon {
		if p.toks[i+1].typ != pBlock {
			return g, i + 1, i + 1
		}
		g.colon, g.block = i, i+1
		i += 2
	}
	return g, i, -1
}

// label reads a label that starts at token i, as rule does.
func (p *parser) label(i int) (l gLabel, next, at int) {
	l = gLabel{init: -1, arrow: -1, from: gPath{-1, -1}, to: gPath{-1, -1}}
	if p.toks[i].typ == pInit {
		l.init = i
		i++
	} else {
		if l.from, i, at = p.path(i); at >= 0 {
			return l, i, at
		}
		if p.toks[i].typ != pArrow {
			return l, i, i
		}
		l.arrow = i
		i++
	}
	l.to, i, at = p.path(i)
	return l, i, at
}

// path reads a path that starts at token i, as rule does.
func (p *parser) path(i int) (g gPath, next, at int) {
	g = gPath{keyword: -1, name: -1}
	if p.toks[i].typ == pTypeKw {
		g.keyword = i
		i++
	}
	if p.toks[i].typ != pWord {
		return g, i, i
	}
	g.name = i
	return g, i + 1, -1
}

// value is the text of token i.
func (p *parser) value(i int) string { return p.src[p.toks[i].start:p.toks[i].end] }

// syntaxError reports the token at, where the rule starting at token
// start stopped making sense, saying what was expected there.
func (p *parser) syntaxError(start, at int) {
	if at > 0 && p.junkBetween(int(p.toks[at-1].end), int(p.toks[at].start)) {
		return // the stray characters there are the error, and are reported
	}
	found := p.describe(at)
	r := p.tokRange(at)
	if at == start {
		switch p.toks[at].typ {
		case pArrow:
			if at > 0 && p.toks[at-1].typ == pWord && !p.startsLine(at) {
				p.errs.Errorf(r, codeMissingLabel, "a label has exactly one '->', and the label before this one ends at `%s`", p.value(at-1))
				return
			}
			p.errs.Errorf(r, codeMissingLabel, "expected a path before '->'")
		default:
			p.errs.Errorf(r, codeMissingLabel, "expected a rule (`FROM -> TO` or `INIT TO: { ... }`), found %s", found)
		}
		return
	}
	prev := p.toks[at-1]
	if p.startsLine(at) {
		// What follows is on a later line: point just after what is
		// incomplete rather than at the next line.
		r = p.lines.span(int(prev.end), int(prev.end))
	}
	switch prev.typ {
	case pArrow:
		p.errs.Errorf(r, codeMissingPath, "expected a path after '->', found %s", found)
	case pInit:
		p.errs.Errorf(r, codeMissingPath, "expected a path after 'INIT', found %s", found)
	case pTypeKw:
		p.errs.Errorf(r, codeMissingPath, "expected a type name after '%s', found %s", p.value(at-1), found)
	case pComma:
		p.errs.Errorf(r, codeMissingLabel, "expected another label after ',', found %s", found)
	case pColon:
		p.errs.Errorf(r, codeMissingBlock, "expected a code block `{ ... }` after ':', found %s", found)
	case pWord:
		p.errs.Errorf(r, codeMissingArrow, "expected '->' after `%s`, found %s", p.value(at-1), found)
	default:
		p.errs.Errorf(r, codeMissingLabel, "unexpected %s", found)
	}
}

// junkBetween reports whether stray characters lie in [from, to).
func (p *parser) junkBetween(from, to int) bool {
	i := sort.SearchInts(p.junk, from)
	return i < len(p.junk) && p.junk[i] < to
}

// describe names token i for messages.
func (p *parser) describe(i int) string {
	switch p.toks[i].typ {
	case pEOF:
		return "the end of the file"
	case pBlock:
		return "a code block"
	case pWord, pTypeKw, pInit:
		return "`" + p.value(i) + "`"
	}
	return "'" + p.value(i) + "'"
}

// resync returns the token where parsing resumes after an error at
// token at in the rule that starts at token start: after the next code
// block (the broken rule's own, most likely), or at the first token
// that starts a line and can start a label, whichever comes first.
func (p *parser) resync(start, at int) int {
	if p.syncs == nil {
		p.syncs = p.syncPoints()
	}
	k := p.syncs[at]
	if k == start && p.toks[k].typ != pBlock && p.toks[k].typ != pEOF {
		k = p.syncs[k+1]
	}
	if p.toks[k].typ == pBlock {
		return k + 1
	}
	return k
}

// syncPoints gives for each token the first token at or after it where
// resync may stop: a code block, the end, or a token that starts a line
// and can start a label. Computed once, it keeps recovery linear.
func (p *parser) syncPoints() []int {
	syncs := make([]int, len(p.toks))
	next := len(p.toks) - 1 // the EOF token
	for k := len(p.toks) - 1; k >= 0; k-- {
		switch p.toks[k].typ {
		case pBlock, pEOF:
			next = k
		case pWord, pTypeKw, pInit:
			if p.startsLine(k) {
				next = k
			}
		}
		syncs[k] = next
	}
	return syncs
}

// startsLine reports whether token k is the first token of its line.
func (p *parser) startsLine(k int) bool {
	return k == 0 || strings.IndexByte(p.src[p.toks[k-1].end:p.toks[k].start], '\n') >= 0
}

// tokRange is the range of token i.
func (p *parser) tokRange(i int) diag.Range {
	return p.lines.span(int(p.toks[i].start), int(p.toks[i].end))
}

// tokenSpan is the span of token i.
func (p *parser) tokenSpan(i int) Span {
	return p.lines.Span(int(p.toks[i].start), int(p.toks[i].end))
}
