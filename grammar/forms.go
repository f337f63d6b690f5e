package grammar

import "strings"

// formKinds maps a form's name, without '$', to its kind.
var formKinds = map[string]FormKind{}

func init() {
	for k, name := range FormNames {
		formKinds[name] = k
	}
}

// formUsage says how each form that takes arguments is written, for
// error messages.
var formUsage = map[FormKind]string{
	FormOldSym:  "one variable key, as in $oldsym(key)",
	FormNewSym:  "one variable key, as in $newsym(key)",
	FormOldType: "one C type, as in $oldtype(struct s)",
	FormNewType: "one C type, as in $newtype(struct s)",
	FormXform:   "two C types, then for a generic type its parameters' transformers, as in $xform(struct a, struct b) or $xform(typedef list, typedef list, XF_RAW(8))",
	FormGen:     "one generic parameter name, as in $gen(t)",
}

const formList = "$in, $out, $base, $oldsym(key), $newsym(key), $oldtype(T), $newtype(T), $xform(T0, T1[, args...]), $gen(name)"

// forms reads the `$` forms of cb from the lexer's Form tokens. The
// lexer already skipped string literals, character literals and
// comments, so a `$` inside them is never a form. textEnd is the offset
// where the block's text ends; arguments never reach past it.
func (p *parser) forms(cb *CodeBlock, toks []rawToken, textEnd int) {
	src := p.src
	done := -1 // end of the last form read; forms inside its parentheses are part of it
	for _, t := range toks {
		off, end := int(t.start), int(t.end)
		name := src[off:end]
		if off < done || end > textEnd {
			continue
		}
		if off > 0 && isIdentByte(src[off-1]) {
			continue // a C identifier with a '$' in it (a GNU extension), not a form
		}
		kind, ok := formKinds[name[1:]]
		if !ok {
			p.errs.Errorf(p.lines.span(off, end), codeUnknownForm, "unknown form `%s`; the forms are %s", name, formList)
			continue
		}
		usage, takesArgs := formUsage[kind]
		if !takesArgs {
			cb.Forms = append(cb.Forms, &Form{Kind: kind, Span: p.lines.Span(off, end)})
			done = end
			continue
		}
		lp := end
		for lp < textEnd && (src[lp] == ' ' || src[lp] == '\t') {
			lp++
		}
		if lp >= textEnd || src[lp] != '(' {
			p.errs.Errorf(p.lines.span(off, end), codeFormArgs, "`%s` needs its argument in parentheses: it takes %s", name, usage)
			done = end
			continue
		}
		rp, commas := matchParen(src, lp, textEnd)
		if rp < 0 {
			p.errs.Errorf(p.lines.span(lp, lp+1), codeFormArgs, "unclosed '(' of `%s`: add the ')' that closes it", name)
			done = textEnd
			continue
		}
		done = rp + 1
		args := p.splitArgs(lp+1, rp, commas)
		if !argsFit(kind, args) {
			p.errs.Errorf(p.lines.span(off, rp+1), codeFormArgs, "`%s` takes %s", name, usage)
			continue
		}
		if kind == FormXform && len(args) > 2 {
			// The transformers after the two types are code, whose own
			// forms ($xform of the element type) are read as well.
			done = commas[1] + 1
		}
		cb.Forms = append(cb.Forms, &Form{Kind: kind, Span: p.lines.Span(off, rp+1), Args: args})
	}
}

// matchParen returns the offset of the ')' that closes the '(' at open,
// and the offsets of the commas directly inside, or -1 if it is not
// closed before limit.
func matchParen(src string, open, limit int) (int, []int) {
	depth := 0
	var commas []int
	for i := open; i < limit; i++ {
		switch src[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i, commas
			}
		case ',':
			if depth == 1 {
				commas = append(commas, i)
			}
		}
	}
	return -1, nil
}

const argSpace = " \t\r\n\f\v"

// splitArgs cuts [from, to) at the commas and trims each part.
func (p *parser) splitArgs(from, to int, commas []int) []*Arg {
	var args []*Arg
	bounds := append(append([]int{from - 1}, commas...), to)
	for i := 0; i+1 < len(bounds); i++ {
		s, e := bounds[i]+1, bounds[i+1]
		raw := p.src[s:e]
		lead := len(raw) - len(strings.TrimLeft(raw, argSpace))
		text := strings.Trim(raw, argSpace)
		args = append(args, &Arg{Text: text, Span: p.lines.Span(s+lead, s+lead+len(text))})
	}
	return args
}

// argsFit reports whether args are as many as kind takes, none empty:
// one, or for $xform two types and any number of transformers.
func argsFit(kind FormKind, args []*Arg) bool {
	if kind == FormXform && len(args) < 2 || kind != FormXform && len(args) != 1 {
		return false
	}
	for _, a := range args {
		if a.Text == "" {
			return false
		}
	}
	return true
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
