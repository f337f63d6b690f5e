package grammar

import (
	"sort"
	"strings"
)

// addRule turns a parsed rule, which ends before token next, into the AST
// and checks what the grammar alone does not: INIT and label lists need
// a code block. A block that follows the labels without ':' is taken as
// theirs, with an error. It returns where the next rule starts.
func (p *parser) addRule(g gRule, next int) int {
	r := &Rule{}
	for _, gl := range g.labels {
		if l := p.labelNode(gl); l != nil {
			r.Labels = append(r.Labels, l)
		}
	}
	if len(r.Labels) == 0 {
		return next
	}
	if g.block < 0 && p.toks[next].typ == pArrow {
		next = p.splitAtLine(r, next)
	}
	end := r.Labels[len(r.Labels)-1].Span
	switch {
	case g.block >= 0:
		r.Code = p.blocks[p.toks[g.block].block]
		r.Colon = p.tokenSpan(g.colon)
		end = r.Code.Span
	case p.toks[next].typ == pBlock:
		r.Code = p.blocks[p.toks[next].block]
		at := int(p.toks[next].start)
		p.errs.Errorf(p.lines.span(at, at+1), codeMissingColon,
			"missing ':' before the code block: write `%s: { ... }`", p.labelText(r.Labels[len(r.Labels)-1]))
		end = r.Code.Span
		next++
	}
	if r.Code == nil {
		if len(r.Labels) > 1 {
			last := r.Labels[len(r.Labels)-1]
			p.errs.Errorf(last.Range(), codeListWithoutBlock,
				"a list of labels must end with ':' and a code block: `%s: { ... }`; labels without code are rules of their own, without ','", p.labelText(last))
		}
		for _, l := range r.Labels {
			if l.Kind == Init && l.To != nil {
				p.errs.Errorf(l.Range(), codeInitWithoutBlock, "INIT needs a code block: write `%s: { $out = ...; }`", p.labelText(l))
			}
		}
	}
	r.Span = r.Labels[0].Span.To(end)
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
	to := p.tokenAt(int(last.To.Span.Start))
	if !p.startsLine(to) {
		return next
	}
	op := "->"
	if last.Kind == Init {
		op = "INIT"
	}
	at := int(last.Op.End)
	p.errs.Errorf(p.lines.span(at, at), codeMissingPath, "expected a path after '%s', found the next rule", op)
	last.To = nil
	last.Span = last.Span.To(last.Op)
	return to
}

// tokenAt finds the index of the token starting at offset off.
func (p *parser) tokenAt(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return int(p.toks[i].start) >= off })
}

// addPartial keeps what was read of a rule with a syntax error, so that
// an editor can still hover and complete on it. Its labels may lack To.
func (p *parser) addPartial(g gRule) {
	r := &Rule{}
	for _, gl := range g.labels {
		if l := p.labelNode(gl); l != nil && (l.From != nil || l.To != nil) {
			r.Labels = append(r.Labels, l)
		}
	}
	if len(r.Labels) == 0 {
		return
	}
	r.Span = r.Labels[0].Span.To(r.Labels[len(r.Labels)-1].Span)
	p.file.Rules = append(p.file.Rules, r)
}

// labelNode turns one parsed label into AST; nil if it lacks its INIT or '->'.
func (p *parser) labelNode(gl gLabel) *Label {
	l := &Label{}
	switch {
	case gl.init >= 0:
		l.Kind = Init
		l.Op = p.tokenSpan(gl.init)
	case gl.from.name >= 0:
		l.Kind = Map
		l.From = p.pathNode(gl.from) // reports what is wrong in it, label or not
		if gl.arrow < 0 {
			return nil // a lone path is not a label yet
		}
		l.Op = p.tokenSpan(gl.arrow)
	default:
		return nil
	}
	l.Span = l.Op
	if l.From != nil {
		l.Span = l.From.Span.To(l.Op)
	}
	if gl.to.name >= 0 {
		l.To = p.pathNode(gl.to)
		l.Span = l.Span.To(l.To.Span)
	}
	return l
}

// pathNode turns a parsed path into AST, splitting a key into file, function and
// name, and a type path into its name and fields. It reports parts that
// are empty or not identifiers.
func (p *parser) pathNode(g gPath) *Path {
	word := p.value(g.name)
	off := int(p.toks[g.name].start)
	wordSpan := p.tokenSpan(g.name)
	if g.keyword >= 0 {
		kw := p.value(g.keyword)
		path := &Path{Kind: TypePath, Keyword: p.ident(kw, int(p.toks[g.keyword].start))}
		path.Span = path.Keyword.Span.To(wordSpan)
		at, rest := off, word
		for i := 0; ; i++ {
			part, tail, more := strings.Cut(rest, ".")
			id := p.ident(part, at)
			switch {
			case i == 0 && !isCIdent(part):
				p.errs.Errorf(wordSpan.Range(), codeBadPath, "`%s` is not a C type name; a type path is `%s T` or `%s T.field`", part, kw, kw)
			case i > 0 && part == "":
				p.errs.Errorf(p.lines.span(at-1, at), codeBadPath, "expected a field name after '.'")
			case i > 0 && !isCIdent(part):
				p.errs.Errorf(id.Range(), codeBadPath, "`%s` is not a C field name", part)
			}
			if i == 0 {
				path.Name = id
			} else {
				path.Fields = append(path.Fields, id)
			}
			if !more {
				return path
			}
			at, rest = at+len(part)+1, tail
		}
	}
	path := &Path{Kind: VarPath, Key: word, Span: wordSpan}
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
			p.errs.Errorf(wordSpan.Range(), codeBadPath, "`%s` has more than one '#'; a key is `file.c/func#name` or `func#name`", word)
		}
	}
	path.Name = p.ident(rest, restOff)
	if rest == "" {
		p.errs.Errorf(p.lines.span(restOff-1, restOff), codeBadPath, "expected a variable name at the end of `%s`", word)
	}
	return path
}

func (p *parser) ident(name string, off int) *Ident {
	return &Ident{Name: name, Span: p.lines.Span(off, off+len(name))}
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
