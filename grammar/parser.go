package grammar

import (
	"errors"
	"io"
	"sort"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/xfgen-dev/xfgen/diag"
)

// The rule grammar, over the tokens of scan (participle's EBNF of it is
// pinned by TestRuleGrammar):
//
//	GRule  = GLabel (<comma> GLabel)* (<colon> <block>)? .
//	GLabel = (<init> | (GPath <arrow>)) GPath .
//	GPath  = <typekw>? <word> .
//
// The preamble and rule boundaries are handled by Parse itself, which
// parses one rule at a time so that it can resume after an error.
type gRule struct {
	Labels []*gLabel   `parser:"@@ ( Comma @@ )*"`
	Colon  lexer.Token `parser:"( @Colon"`
	Block  lexer.Token `parser:"  @Block )?"`
}

type gLabel struct {
	Init  lexer.Token `parser:"( @Init"`
	From  *gPath      `parser:"| @@"`
	Arrow lexer.Token `parser:"  @Arrow )"`
	To    *gPath      `parser:"@@"`
}

type gPath struct {
	Keyword lexer.Token `parser:"@TypeKw?"`
	Name    lexer.Token `parser:"@Word"`
}

var ruleParser = participle.MustBuild[gRule](
	participle.Lexer(tokenDefinition{symbols: parserSymbols}),
)

// tokenDefinition names the parser's token types for participle. The
// tokens themselves come from scan, through sliceLexer.
type tokenDefinition struct{ symbols map[string]lexer.TokenType }

func (d tokenDefinition) Symbols() map[string]lexer.TokenType { return d.symbols }

func (tokenDefinition) Lex(string, io.Reader) (lexer.Lexer, error) {
	return nil, errors.New("grammar: specs are lexed by Parse")
}

// sliceLexer hands participle a token slice that ends with EOF.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (l *sliceLexer) Next() (lexer.Token, error) {
	t := l.toks[l.i]
	if l.i < len(l.toks)-1 {
		l.i++
	}
	return t, nil
}

// parser holds the state of one Parse.
type parser struct {
	src    string
	lines  *lineIndex
	file   *File
	errs   diag.List
	toks   []lexer.Token // parser tokens, ending with EOF
	ends   []int         // end offset of each token
	blocks []*CodeBlock  // the code block of each Block token
	errTok int           // where errIncompleteTail was found
	syncs  []int         // see syncPoints; built at the first error
	junk   []int         // offsets of stray characters, reported by scan
}

// errIncompleteTail marks a rule whose ',' or ':' is not followed by
// what must follow it.
var errIncompleteTail = errors.New("incomplete rule")

// Parse reads a spec. It always returns a File: after a syntax error it
// resumes at the next rule, so the File holds every rule that could be
// read, and the list holds every syntax error, in source order.
func Parse(filename string, src []byte) (*File, diag.List) {
	p := &parser{
		src:   string(src),
		lines: newLineIndex(filename, src),
		file:  &File{Name: filename, Src: src},
	}
	p.scan()
	p.rules()
	p.errs.Sort()
	return p.file, p.errs
}

// rules parses the preamble and the rules from the parser tokens.
func (p *parser) rules() {
	peek, err := lexer.Upgrade(&sliceLexer{toks: p.toks})
	if err != nil {
		return
	}
	// participle keeps its own copy of the tokens: index that one, so
	// that a large spec's tokens are held once.
	p.toks = peek.Range(0, lexer.RawCursor(len(p.toks)))
	i := 0
	if p.toks[0].Type == pBlock {
		p.file.Preamble = p.blocks[0]
		peek.Next()
		i = 1
	}
	for p.toks[i].Type != lexer.EOF {
		if p.toks[i].Type == pBlock {
			p.errs.Errorf(p.tokRange(i), codeStrayBlock,
				"a code block must follow labels and ':' (`a -> b: { ... }`); only the preamble stands alone, first in the file")
			peek.Next()
			i++
			continue
		}
		start := peek.MakeCheckpoint()
		g, err := ruleParser.ParseFromLexer(peek, participle.AllowTrailing(true))
		next := int(peek.RawCursor())
		if err == nil && (p.toks[next].Type == pComma || p.toks[next].Type == pColon) {
			// participle backs out of an optional tail that does not
			// parse; what follows the ',' or ':' is what is wrong.
			err = errIncompleteTail
			p.errTok = next + 1
		}
		if err == nil {
			i = p.addRule(g, next)
		} else {
			at := p.errorToken(err, i)
			p.syntaxError(i, at)
			if g != nil {
				p.addPartial(g)
			}
			i = p.resync(i, at)
		}
		peek.LoadCheckpoint(start)
		peek.FastForward(lexer.RawCursor(i - 1))
	}
}

// errorToken finds the token that participle stopped at.
func (p *parser) errorToken(err error, from int) int {
	if err == errIncompleteTail {
		return p.errTok
	}
	var perr participle.Error
	if !errors.As(err, &perr) {
		return from
	}
	off := perr.Position().Offset
	at := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Pos.Offset >= off })
	if at >= len(p.toks) {
		at = len(p.toks) - 1
	}
	if at < from {
		at = from
	}
	return at
}

// syntaxError reports the token at, where the rule starting at token
// start stopped making sense, saying what was expected there.
func (p *parser) syntaxError(start, at int) {
	if at > 0 && p.junkBetween(p.ends[at-1], p.toks[at].Pos.Offset) {
		return // the stray characters there are the error, and are reported
	}
	found := p.describe(at)
	r := p.tokRange(at)
	if at == start {
		switch p.toks[at].Type {
		case pArrow:
			if at > 0 && p.toks[at-1].Type == pWord && !p.startsLine(at) {
				p.errs.Errorf(r, codeMissingLabel, "a label has exactly one '->', and the label before this one ends at `%s`", p.toks[at-1].Value)
				return
			}
			p.errs.Errorf(r, codeMissingLabel, "expected a path before '->'")
		default:
			p.errs.Errorf(r, codeMissingLabel, "expected a rule (`FROM -> TO` or `INIT TO: { ... }`), found %s", found)
		}
		return
	}
	prev := p.toks[at-1]
	if p.lines.pos(p.toks[at].Pos.Offset).Line > p.lines.pos(p.ends[at-1]).Line {
		// What follows is on a later line: point just after what is
		// incomplete rather than at the next line.
		r = p.lines.span(p.ends[at-1], p.ends[at-1])
	}
	switch prev.Type {
	case pArrow:
		p.errs.Errorf(r, codeMissingPath, "expected a path after '->', found %s", found)
	case pInit:
		p.errs.Errorf(r, codeMissingPath, "expected a path after 'INIT', found %s", found)
	case pTypeKw:
		p.errs.Errorf(r, codeMissingPath, "expected a type name after '%s', found %s", prev.Value, found)
	case pComma:
		p.errs.Errorf(r, codeMissingLabel, "expected another label after ',', found %s", found)
	case pColon:
		p.errs.Errorf(r, codeMissingBlock, "expected a code block `{ ... }` after ':', found %s", found)
	case pWord:
		p.errs.Errorf(r, codeMissingArrow, "expected '->' after `%s`, found %s", prev.Value, found)
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
	t := p.toks[i]
	switch t.Type {
	case lexer.EOF:
		return "the end of the file"
	case pBlock:
		return "a code block"
	case pWord, pTypeKw, pInit:
		return "`" + t.Value + "`"
	}
	return "'" + t.Value + "'"
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
	if k == start && p.toks[k].Type != pBlock && p.toks[k].Type != lexer.EOF {
		k = p.syncs[k+1]
	}
	if p.toks[k].Type == pBlock {
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
		switch p.toks[k].Type {
		case pBlock, lexer.EOF:
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
	return k == 0 || p.lines.pos(p.toks[k].Pos.Offset).Line > p.lines.pos(p.ends[k-1]).Line
}

// tokRange is the range of token i.
func (p *parser) tokRange(i int) diag.Range {
	return p.lines.span(p.toks[i].Pos.Offset, p.ends[i])
}

// tokenIndex finds the index of the token starting at offset off.
func (p *parser) tokenIndex(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Pos.Offset >= off })
}
