package compiler

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// userFn is one rule's code emitted as a function.
type userFn struct {
	name string
	code *UserCode
	env  *formEnv
}

// formEnv says what the value forms of one piece of user code stand
// for.
type formEnv struct {
	in, out, base string
	bind          map[string]*Conv
	// self is the conversion a type rule's code implements: $xform of
	// its own pair names this instance, which keeps generic bindings.
	self *Conv
}

// userText copies a code block into the output with its `$` forms
// replaced, between #line directives that point a C compiler's messages
// at the spec and back.
func (g *gen) userText(b *grammar.CodeBlock, repl formRepl) {
	forms := append([]*grammar.Form(nil), b.Forms...)
	sort.Slice(forms, func(i, j int) bool { return forms[i].Range.Start.Offset < forms[j].Range.Start.Offset })
	text := replaceForms(b.Text, b.TextStart().Offset, forms, repl)
	line := b.Range.Start.Line
	if line < 1 {
		line = 1
	}
	if b == g.plan.Spec.Preamble {
		text = g.preambleText(text, line)
	}
	g.w.line("#line %d \"%s\"", line, cquote(g.plan.Spec.Name))
	g.w.raw(text)
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
// within them. forms are in offset order.
func replaceForms(text string, start int, forms []*grammar.Form, repl formRepl) string {
	end := start + len(text)
	var b strings.Builder
	pos := start
	for _, f := range forms {
		fs, fe := f.Range.Start.Offset, f.Range.End.Offset
		if fs < pos || fe > end || fs > fe {
			continue // outside text, or inside the form just replaced
		}
		b.WriteString(text[pos-start : fs-start])
		args := make([]string, len(f.Args))
		for i, a := range f.Args {
			as := a.Range.Start.Offset
			if as < fs || as+len(a.Text) > fe {
				continue
			}
			args[i] = replaceForms(text[as-start:as-start+len(a.Text)], as, forms, repl)
		}
		b.WriteString(repl(f, args))
		pos = fe
	}
	b.WriteString(text[pos-start:])
	return b.String()
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
				nm, p := g.old, g.plan.Old
				if f.Kind == grammar.FormNewType {
					nm, p = g.new, g.plan.New
				}
				return rewriteCType(f.Args[0].Text, p, nm)
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

// rewriteCType replaces the type names of C type syntax by their
// prefixed names in the generated file.
func rewriteCType(s string, p *typesdiff.Program, nm *namer) string {
	toks := ctokens(s)
	var out []string
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		switch {
		case (tk.text == "struct" || tk.text == "union" || tk.text == "enum") && i+1 < len(toks):
			if t := p.Types[tk.text+" "+toks[i+1].text]; t != nil {
				out = append(out, nm.spell(t))
				i++
				continue
			}
		case tk.word && !basicWords[tk.text]:
			if t := p.Types[tk.text]; t != nil {
				out = append(out, nm.spell(t))
				continue
			}
		}
		out = append(out, tk.text)
	}
	return strings.Join(out, " ")
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
func (g *gen) valueEnv(o, n *typesdiff.Type, bind map[string]*Conv) *formEnv {
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
func (g *gen) fieldEnv(cv *Conv, fc *FieldConv, idx map[*typesdiff.Field]int) *formEnv {
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
