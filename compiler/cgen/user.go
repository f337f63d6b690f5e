package cgen

import (
	"fmt"
	"github.com/xfgen-dev/xfgen/compiler"
	"regexp"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"

	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// userFn is one rule's code emitted as a function.
type userFn struct {
	name string
	code *compiler.UserCode
	env  *formEnv
}

// formEnv says what the value forms of one piece of user code stand
// for.
type formEnv struct {
	in, out, base string
	bind          map[string]*compiler.Conv
	// self is the conversion a type rule's code implements: $xform of
	// its own pair names this instance, which keeps generic bindings.
	self *compiler.Conv
}

// userText copies a code block into the output with its `$` forms
// replaced, between #line directives that point a C compiler's messages
// at the spec and back. In a rule's code each form becomes a macro name
// exactly as long as the form's text, #defined just before the block,
// and the block's first line is indented as in the spec, so that the
// compiler's columns are the spec's too. The preamble keeps the full
// replacements: a macro the user defines there may use a form and be
// used after it.
func (g *gen) userText(b *grammar.CodeBlock, repl formRepl) {
	forms := append([]*grammar.Form(nil), b.Forms...)
	sort.Slice(forms, func(i, j int) bool { return forms[i].Range().Start.Offset < forms[j].Range().Start.Offset })
	start := b.TextStart()
	line := max(start.Line, 1)
	if b == g.plan.Spec.Preamble {
		text := g.preambleText(replaceForms(b.Text, start.Offset, forms, repl, nil), max(b.Range().Start.Line, 1))
		g.writeUser(max(b.Range().Start.Line, 1), "", text)
		return
	}
	// The names avoid every identifier of the block and of the
	// replacements, so nothing else is renamed.
	m := &macros{taken: map[string]bool{}, names: map[string]string{}, next: map[int]int{}}
	replaceForms(b.Text, start.Offset, forms, repl, func(src, body string) string {
		m.avoid(src + " " + body)
		return body
	})
	text := replaceForms(b.Text, start.Offset, forms, repl, m.spell)
	for _, d := range m.defs {
		g.w.line("#define %s %s", d.name, d.body)
	}
	g.writeUser(line, g.indentOf(start), text)
	for _, d := range m.defs {
		g.w.line("#undef %s", d.name)
	}
}

// writeUser writes text, user code that starts at line of the spec
// after indent, between #line directives.
func (g *gen) writeUser(line int, indent, text string) {
	g.w.line("#line %d \"%s\"", line, cquote(g.plan.Spec.Name))
	g.w.raw(indent + text)
	if !strings.HasSuffix(text, "\n") {
		g.w.raw("\n")
	}
	g.w.line("#line %d \"%s\"", g.w.lines+2, cquote(g.opts.OutName))
}

// formRepl is the replacement of a form, given its arguments with the
// forms inside them replaced.
type formRepl func(f *grammar.Form, args []string) string

// replaceForms returns text, which starts at offset start of the spec,
// with the forms inside it replaced. A form inside another's arguments
// ($xform of an element type among Kitsune's transformers) is replaced
// within them. forms are in offset order. spell, when not nil, gives
// what stands for an outermost form (src its text, body its
// replacement) in place of body.
func replaceForms(text string, start int, forms []*grammar.Form, repl formRepl, spell func(src, body string) string) string {
	end := start + len(text)
	var b strings.Builder
	pos := start
	for _, f := range forms {
		fs, fe := f.Range().Start.Offset, f.Range().End.Offset
		if fs < pos || fe > end || fs > fe {
			continue // outside text, or inside the form just replaced
		}
		b.WriteString(text[pos-start : fs-start])
		args := make([]string, len(f.Args))
		for i, a := range f.Args {
			as := a.Range().Start.Offset
			if as < fs || as+len(a.Text) > fe {
				continue
			}
			args[i] = replaceForms(text[as-start:as-start+len(a.Text)], as, forms, repl, nil)
		}
		body := repl(f, args)
		if spell != nil {
			body = spell(text[fs-start:fe-start], body)
		}
		b.WriteString(body)
		pos = fe
	}
	b.WriteString(text[pos-start:])
	return b.String()
}

// indentOf is blank space as wide as the spec's line before p: its tabs
// copied, every other byte a space.
func (g *gen) indentOf(p diag.Pos) string {
	src := g.plan.Spec.Src
	lineStart := p.Offset - (p.Col - 1)
	if p.Col < 1 || lineStart < 0 || p.Offset > len(src) {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' {
			return r
		}
		return ' '
	}, string(src[lineStart:p.Offset]))
}

// macros names the replacements of one block's forms.
type macros struct {
	taken map[string]bool   // identifiers of the block and of the bodies
	names map[string]string // length and body -> name
	defs  []macroDef
	next  map[int]int // per length, the next number to try
}

type macroDef struct{ name, body string }

var identRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// avoid keeps the identifiers of text from being chosen as names.
func (m *macros) avoid(text string) {
	for _, id := range identRE.FindAllString(text, -1) {
		m.taken[id] = true
	}
}

// spell returns what replaces form text src that stands for body: a
// macro name as long as src's first line, then src's line breaks and
// blank space as wide as its last line, so that the lines and columns
// after the form stay where they are in the spec. It returns body when
// no name of that length is free.
func (m *macros) spell(src, body string) string {
	first, rest, multi := strings.Cut(src, "\n")
	name := m.name(len(first), body)
	if name == "" {
		return body
	}
	if !multi {
		return name
	}
	lines := strings.Split(rest, "\n")
	last := lines[len(lines)-1]
	return name + strings.Repeat("\n", len(lines)) + strings.Repeat(" ", len(last))
}

const nameDigits = "0123456789abcdefghijklmnopqrstuvwxyz"

// name returns a macro name of length n for body: _Xk, _XFkk, ... (the
// implementation's reserved spelling, which user code does not use),
// none that the block or a body already uses.
func (m *macros) name(n int, body string) string {
	key := fmt.Sprint(n, "\x00", body)
	if nm, ok := m.names[key]; ok {
		return nm
	}
	if n < 2 {
		return ""
	}
	prefix := "_XF"[:min(3, n-1)]
	width := n - len(prefix)
	for ; ; m.next[n]++ {
		k := m.next[n]
		var digits []byte
		for i := 0; i < width; i++ {
			digits = append([]byte{nameDigits[k%len(nameDigits)]}, digits...)
			k /= len(nameDigits)
		}
		if k > 0 {
			return "" // every name of this length is taken
		}
		nm := prefix + string(digits)
		if !m.taken[nm] {
			m.next[n]++
			m.taken[nm] = true
			m.names[key] = nm
			m.defs = append(m.defs, macroDef{nm, body})
			return nm
		}
	}
}

// formText returns the replacement of each form under env (nil: the
// preamble, where only type forms occur).
func (g *gen) formText(env *formEnv) formRepl {
	return func(f *grammar.Form, args []string) string {
		t := g.plan.Forms[f]
		switch f.Kind {
		case grammar.FormIn:
			if env != nil && env.in != "" {
				return env.in
			}
		case grammar.FormOut:
			if env != nil && env.out != "" {
				return env.out
			}
		case grammar.FormBase:
			if env != nil && env.base != "" {
				return env.base
			}
		case grammar.FormOldSym, grammar.FormNewSym:
			if t != nil && t.Var != nil {
				nm, which := g.old, 0
				if f.Kind == grammar.FormNewSym {
					nm, which = g.new, 1
				}
				return fmt.Sprintf("(*(%s)xf_sym(%d, \"%s\", %d))", nm.ptrType(t.Var.Type), which, cquote(t.Var.Key), t.Var.Type.Size)
			}
		case grammar.FormOldType, grammar.FormNewType:
			if len(f.Args) == 1 {
				nm := g.old
				if f.Kind == grammar.FormNewType {
					nm = g.new
				}
				if t != nil {
					return rewriteCType(f.Args[0].Text, t.Names, nm)
				}
			}
		case grammar.FormXform:
			if t != nil && t.Conv != nil && len(args) > 2 {
				// Kitsune's transformers of the generic's parameters.
				return fmt.Sprintf("xf_gen_closure(&%s, (const struct xf_closure *const[]){%s}, %d)", closureName(t.Conv), strings.Join(args[2:], ", "), len(args)-2)
			}
			if t != nil && t.Conv != nil && env != nil && env.self != nil && t.Conv.Old == env.self.Old && t.Conv.New == env.self.New {
				return "(" + g.closureExpr(env.self) + ")"
			}
			if t != nil && t.Conv != nil {
				return "(" + g.closureExpr(t.Conv) + ")"
			}
		case grammar.FormGen:
			if t != nil && env != nil {
				if b := env.bind[t.Param]; b != nil {
					return "(" + g.closureExpr(b) + ")"
				}
				return "(&xf_unbound)"
			}
		}
		return "/* unresolved " + f.Kind.String() + " */ 0"
	}
}

// rewriteCType spells the C type syntax s of a type form with the
// generated file's names of the types it names.
func rewriteCType(s string, names []compiler.TypeName, nm *namer) string {
	var b strings.Builder
	last := 0
	for _, n := range names {
		b.WriteString(s[last:n.Start])
		b.WriteString(nm.spell(n.Type))
		last = n.End
	}
	b.WriteString(s[last:])
	return b.String()
}

// emitUser writes a rule's code as a function:
// int name(const struct xf_closure *xf_c, void *xf_in, void *xf_out, void *xf_base)
// returning non-zero when something the code did failed. The code itself
// is the body of a void function, so that a bare `return;` (Kitsune's
// specs end rules with it) means "this value is done".
func (g *gen) emitUser(u *userFn) {
	w := g.w
	w.line("static void %s_body(const struct xf_closure *xf_c, void *xf_in, void *xf_out, void *xf_base)", u.name)
	w.line("{")
	w.line("\t(void)xf_c;")
	w.line("\t(void)xf_in;")
	w.line("\t(void)xf_out;")
	w.line("\t(void)xf_base;")
	w.line("\t{")
	g.userText(u.code.Block, g.formText(u.env))
	w.line("\t}")
	w.line("}")
	w.line("")
	w.line("static int %s(const struct xf_closure *xf_c, void *xf_in, void *xf_out, void *xf_base)", u.name)
	w.line("{")
	w.line("\tint xf_before = xf_nerr;")
	w.line("\t%s_body(xf_c, xf_in, xf_out, xf_base);", u.name)
	w.line("\treturn xf_nerr != xf_before ? -1 : 0;")
	w.line("}")
	w.line("")
}

// valueEnv is the forms' meaning for a rule on whole values: $in and
// $out are the objects at xf_in and xf_out.
func (g *gen) valueEnv(o, n *typesdiff.Type, bind map[string]*compiler.Conv) *formEnv {
	e := &formEnv{bind: bind}
	if o != nil {
		e.in = fmt.Sprintf("(*(%s)xf_in)", g.old.ptrType(o))
	}
	if n != nil {
		e.out = fmt.Sprintf("(*(%s)xf_out)", g.new.ptrType(n))
	}
	return e
}

// fieldEnv is the forms' meaning for a field rule: xf_base is the old
// struct, xf_out the new struct.
func (g *gen) fieldEnv(cv *compiler.Conv, fc *compiler.FieldConv, idx map[*typesdiff.Field]int) *formEnv {
	e := &formEnv{bind: cv.Bind}
	ot := g.old.ptrType(cv.Old)
	e.base = fmt.Sprintf("(*(%s)xf_base)", ot)
	if fc.Old != nil {
		e.in = fmt.Sprintf("(((%s)xf_base)->%s)", ot, fieldCName(fc.Old, idxOf(cv.Old, fc.Old)))
	}
	e.out = fmt.Sprintf("(((%s)xf_out)->%s)", g.new.ptrType(cv.New), fieldCName(fc.New, idxOf(cv.New, fc.New)))
	return e
}

func idxOf(t *typesdiff.Type, f *typesdiff.Field) int {
	for i, g := range t.Fields {
		if g == f {
			return i
		}
	}
	return 0
}
