package grammar

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/xfgen-dev/xfgen/diag"
)

// addRule turns a parsed rule, which ends before token next, into the AST
// and checks what the grammar alone does not: INIT and label lists need
// a code block. A block that follows the labels without ':' is taken as
// theirs, with an error. It returns where the next rule starts.
func (p *parser) addRule(g *gRule, next int) int {
	r := &Rule{}
	for _, gl := range g.Labels {
		if l := p.label(gl); l != nil {
			r.Labels = append(r.Labels, l)
		}
	}
	if len(r.Labels) == 0 {
		return next
	}
	if g.Block.Type != pBlock && p.toks[next].Type == pArrow {
		next = p.splitAtLine(r, next)
	}
	end := r.Labels[len(r.Labels)-1].Range.End
	switch {
	case g.Block.Type == pBlock:
		bi := p.tokenIndex(g.Block.Pos.Offset)
		r.Code = p.blocks[bi]
		r.Colon = p.tokenSpan(g.Colon)
		end = r.Code.Range.End
	case p.toks[next].Type == pBlock:
		r.Code = p.blocks[next]
		p.errs.Errorf(p.lines.span(p.toks[next].Pos.Offset, p.toks[next].Pos.Offset+1), codeMissingColon,
			"missing ':' before the code block: write `%s: { ... }`", p.labelText(r.Labels[len(r.Labels)-1]))
		end = r.Code.Range.End
		next++
	}
	if r.Code == nil {
		if len(r.Labels) > 1 {
			last := r.Labels[len(r.Labels)-1]
			p.errs.Errorf(last.Range, codeListWithoutBlock,
				"a list of labels must end with ':' and a code block: `%s: { ... }`; labels without code are rules of their own, without ','", p.labelText(last))
		}
		for _, l := range r.Labels {
			if l.Kind == Init && l.To != nil {
				p.errs.Errorf(l.Range, codeInitWithoutBlock, "INIT needs a code block: write `%s: { $out = ...; }`", p.labelText(l))
			}
		}
	}
	r.Range = diag.Range{Start: r.Labels[0].Range.Start, End: end}
	p.file.Rules = append(p.file.Rules, r)
	return next
}

// splitAtLine handles a rule followed by '->': when its last path
// starts a line, that path is most likely the start of the next rule
// (`a ->` being typed above `b -> c`), so the label is cut before it
// and reported incomplete. It returns where the next rule starts.
func (p *parser) splitAtLine(r *Rule, next int) int {
	last := r.Labels[len(r.Labels)-1]
	if last.To == nil {
		return next
	}
	to := p.tokenIndex(last.To.Range.Start.Offset)
	if !p.startsLine(to) {
		return next
	}
	op := "->"
	if last.Kind == Init {
		op = "INIT"
	}
	p.errs.Errorf(p.lines.span(last.Op.End.Offset, last.Op.End.Offset), codeMissingPath,
		"expected a path after '%s', found the next rule", op)
	last.To = nil
	last.Range.End = last.Op.End
	return to
}

// addPartial keeps what was read of a rule with a syntax error, so that
// an editor can still hover and complete on it. Its labels may lack To.
func (p *parser) addPartial(g *gRule) {
	r := &Rule{}
	for _, gl := range g.Labels {
		if l := p.label(gl); l != nil && (l.From != nil || l.To != nil) {
			r.Labels = append(r.Labels, l)
		}
	}
	if len(r.Labels) == 0 {
		return
	}
	r.Range = diag.Range{Start: r.Labels[0].Range.Start, End: r.Labels[len(r.Labels)-1].Range.End}
	p.file.Rules = append(p.file.Rules, r)
}

// label converts one parsed label; nil if it lacks its INIT or '->'.
func (p *parser) label(gl *gLabel) *Label {
	if gl == nil {
		return nil
	}
	l := &Label{}
	switch {
	case gl.Init.Type == pInit:
		l.Kind = Init
		l.Op = p.tokenSpan(gl.Init)
		l.Range.Start = l.Op.Start
	case gl.From != nil && gl.From.Name.Type == pWord:
		l.Kind = Map
		l.From = p.path(gl.From)
		l.Range.Start = l.From.Range.Start
		if gl.Arrow.Type != pArrow {
			return nil // a lone path is not a label yet
		}
		l.Op = p.tokenSpan(gl.Arrow)
	default:
		return nil
	}
	l.Range.End = l.Op.End
	if gl.To != nil && gl.To.Name.Type == pWord {
		l.To = p.path(gl.To)
		l.Range.End = l.To.Range.End
	}
	return l
}

// path converts a parsed path, splitting a key into file, function and
// name, and a type path into its name and fields. It reports parts that
// are empty or not identifiers.
func (p *parser) path(g *gPath) *Path {
	word := g.Name.Value
	off := g.Name.Pos.Offset
	wordRange := p.tokenSpan(g.Name)
	if g.Keyword.Type == pTypeKw {
		path := &Path{Kind: TypePath, Keyword: p.ident(g.Keyword.Value, g.Keyword.Pos.Offset)}
		path.Range = diag.Range{Start: path.Keyword.Range.Start, End: wordRange.End}
		parts := strings.Split(word, ".")
		at := off
		for i, part := range parts {
			id := p.ident(part, at)
			switch {
			case i == 0 && !isCIdent(part):
				p.errs.Errorf(wordRange, codeBadPath, "`%s` is not a C type name; a type path is `%s T` or `%s T.field`", part, g.Keyword.Value, g.Keyword.Value)
			case i > 0 && part == "":
				p.errs.Errorf(p.lines.span(at-1, at), codeBadPath, "expected a field name after '.'")
			case i > 0 && !isCIdent(part):
				p.errs.Errorf(id.Range, codeBadPath, "`%s` is not a C field name", part)
			}
			if i == 0 {
				path.Name = id
			} else {
				path.Fields = append(path.Fields, id)
			}
			at += len(part) + 1
		}
		return path
	}
	path := &Path{Kind: VarPath, Key: word, Range: wordRange}
	rest, restOff := word, off
	if slash := strings.LastIndexByte(word, '/'); slash >= 0 {
		path.File = p.ident(word[:slash], off)
		rest, restOff = word[slash+1:], off+slash+1
	}
	if hash := strings.IndexByte(rest, '#'); hash >= 0 {
		path.Func = p.ident(rest[:hash], restOff)
		if hash == 0 {
			p.errs.Errorf(p.lines.span(restOff, restOff+1), codeBadPath, "expected a function name before '#' in `%s`", word)
		}
		rest, restOff = rest[hash+1:], restOff+hash+1
		if strings.IndexByte(rest, '#') >= 0 {
			p.errs.Errorf(wordRange, codeBadPath, "`%s` has more than one '#'; a key is `file.c/func#name` or `func#name`", word)
		}
	}
	path.Name = p.ident(rest, restOff)
	if rest == "" {
		p.errs.Errorf(p.lines.span(restOff-1, restOff), codeBadPath, "expected a variable name at the end of `%s`", word)
	}
	return path
}

func (p *parser) ident(name string, off int) *Ident {
	return &Ident{Name: name, Range: p.lines.span(off, off+len(name))}
}

// tokenSpan is the range of a one-piece token.
func (p *parser) tokenSpan(t lexer.Token) diag.Range {
	return p.lines.span(t.Pos.Offset, t.Pos.Offset+len(t.Value))
}

// labelText is the label in canonical spelling, for messages.
func (p *parser) labelText(l *Label) string {
	if l.Kind == Init {
		return "INIT " + pathText(l.To)
	}
	return pathText(l.From) + " -> " + pathText(l.To)
}

func isCIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isIdentByte(s[i]) {
			return false
		}
	}
	return true
}
