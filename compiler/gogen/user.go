package gogen

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/grammar"
)

// userEnv says what $in, $out and $base stand for in one rule's code:
// Go expressions of the old and new values ("" where the form has no
// meaning, which the checker has refused).
type userEnv struct {
	in, out, base string
	// self is the conversion a type rule's code is (nil for others),
	// bind its generic parameters' transformers.
	self *compiler.Conv
	bind map[string]*compiler.Conv
}

// lineBack is what follows user code until the file is formatted: the
// //line directive back to the generated file, whose line number is
// known only then (see fixLines). Meanwhile it names a file of its own,
// so that a parse error is known to be the generator's, not the spec's.
const lineBack = "//line " + generatedName + ":1"

const generatedName = "xfgen-generated"

// userText is the code of block with its forms replaced, after a
// /*line*/ directive that gives the code's first byte its position in
// the spec: the Go compiler's messages point at the spec, and at the
// generated file again after the code.
func (g *gen) userText(block *grammar.CodeBlock, env userEnv) string {
	start := block.TextStart()
	text := g.replaceForms(block, env)
	return fmt.Sprintf("/*line %s:%d:%d*/ %s\n%s\n", g.specName(), start.Line, start.Col, text, lineBack)
}

func (g *gen) specName() string {
	if g.plan.Spec.Name == "" {
		return "spec.xf"
	}
	return g.plan.Spec.Name
}

// replaceForms returns the block's text with every $ form replaced by
// the Go it stands for; a form written over several lines leaves its
// line breaks, so the lines after it keep the spec's numbers.
func (g *gen) replaceForms(block *grammar.CodeBlock, env userEnv) string {
	return g.replaceIn(block, 0, len(block.Text), env)
}

// replaceIn is replaceForms on the block's text from byte start to end.
// A form that is the argument of xfPtr (Kitsune's XF_PTR) stands for
// its transformer.
func (g *gen) replaceIn(block *grammar.CodeBlock, start, end int, env userEnv) string {
	forms := append([]*grammar.Form(nil), block.Forms...)
	sort.Slice(forms, func(i, j int) bool { return forms[i].Range().Start.Offset < forms[j].Range().Start.Offset })
	base := block.TextStart().Offset
	var b strings.Builder
	pos := start
	for _, f := range forms {
		s, e := f.Range().Start.Offset-base, f.Range().End.Offset-base
		if s < pos || e > end || s > e {
			continue // outside, or inside a form already replaced
		}
		b.WriteString(block.Text[pos:s])
		arg := strings.HasSuffix(strings.TrimRight(block.Text[start:s], " \t\r\n"), "xfPtr(") &&
			strings.HasPrefix(strings.TrimLeft(block.Text[e:end], " \t\r\n"), ")")
		b.WriteString(g.formGo(block, f, env, arg))
		b.WriteString(strings.Repeat("\n", strings.Count(block.Text[s:e], "\n")))
		pos = e
	}
	b.WriteString(block.Text[pos:end])
	return b.String()
}

// transformerArgs is the Go of the transformers $xform gives after its
// two types: each a Go expression of type xfTransformer, where a form
// written as the whole argument stands for its transformer.
func (g *gen) transformerArgs(block *grammar.CodeBlock, f *grammar.Form, env userEnv) string {
	base := block.TextStart().Offset
	var args []string
	for _, a := range f.Args[2:] {
		s, e := a.Range().Start.Offset-base, a.Range().End.Offset-base
		var whole *grammar.Form
		for _, nf := range block.Forms {
			if nf.Range().Start.Offset-base == s && nf.Range().End.Offset-base == e {
				whole = nf
			}
		}
		if whole != nil {
			args = append(args, g.formGo(block, whole, env, true))
		} else {
			args = append(args, g.replaceIn(block, s, e, env))
		}
	}
	return strings.Join(args, ", ")
}

// formGo is the Go a form stands for; with transformer set, the
// form is a transformer argument ($xform's after its types, xfPtr's)
// and stands for an xfTransformer.
func (g *gen) formGo(block *grammar.CodeBlock, f *grammar.Form, env userEnv, transformer bool) string {
	t := g.plan.Forms[f]
	switch f.Kind {
	case grammar.FormIn:
		return env.in
	case grammar.FormOut:
		return env.out
	case grammar.FormBase:
		return env.base
	case grammar.FormOldSym:
		if t != nil && t.Var != nil {
			return "st.old." + g.old.varName[t.Var]
		}
	case grammar.FormNewSym:
		if t != nil && t.Var != nil {
			return "st.new." + g.new.varName[t.Var]
		}
	case grammar.FormOldType:
		if t != nil && t.Type != nil {
			return g.old.goType(t.Type)
		}
	case grammar.FormNewType:
		if t != nil && t.Type != nil {
			return g.new.goType(t.Type)
		}
	case grammar.FormXform:
		if t == nil || t.Conv == nil {
			break
		}
		c := t.Conv
		types := g.old.goType(c.Old) + ", " + g.new.goType(c.New)
		if len(f.Args) > 2 {
			// Kitsune's transformers of the generic's parameters.
			if transformer {
				return fmt.Sprintf("xfGen(st, &%s, %s)", closureName(c), g.transformerArgs(block, f, env))
			}
			return fmt.Sprintf("xfGenFunc[%s](st, &%s, %s)", types, closureName(c), g.transformerArgs(block, f, env))
		}
		ref := closureRef(c)
		if s := env.self; s != nil && c.Old == s.Old && c.New == s.New {
			ref = closureRef(s) // the rule's own pair keeps its binding
		}
		if transformer {
			return fmt.Sprintf("xfTr(st, %s)", ref)
		}
		return fmt.Sprintf("xfXform[%s](st, %s)", types, ref)
	case grammar.FormGen:
		if t == nil {
			break
		}
		if b := env.bind[t.Param]; b != nil {
			return fmt.Sprintf("xfTr(st, %s)", closureRef(b))
		}
		return "xfTr(st, &xfUnbound)"
	}
	return "nil /* unresolved $" + f.Kind.String() + " */"
}

// emitUser writes a rule's code as the function name(st, in, out,
// base), in, out and base pointing at the old value, the new value and
// the old struct of a field rule. The code is the body of a function
// returning error, so a bare `return` ends the rule and `return err`
// fails the migration with err. store, when set, is Go run after the
// code (a field reached through a setter gets $out's value).
func (g *gen) emitUser(name string, code *compiler.UserCode, env userEnv, prologue, store string) {
	g.line("func %s(st *xfState, xfc *xfClosure, in, out, base unsafe.Pointer) error {", name)
	g.line("_, _, _, _ = xfc, in, out, base")
	if prologue != "" {
		g.line("%s", prologue)
	}
	g.line("err := func() (err error) {")
	text := g.userText(code.Block, env)
	g.b.WriteString(text)
	if !endsInReturn(text) {
		g.line("return")
	}
	g.line("}()")
	if store != "" {
		g.line("%s", store)
	}
	g.line("return err")
	g.line("}")
	g.line("")
}

// endsInReturn says whether the Go of a rule's code ends in a return
// statement, after which another would be unreachable.
func endsInReturn(text string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p; func _() (err error) {\n"+text+"\n}", 0)
	if err != nil || len(f.Decls) != 1 {
		return false
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) == 0 {
		return false
	}
	_, ok := body[len(body)-1].(*ast.ReturnStmt)
	return ok
}

// valueEnv is the forms' meaning for a rule on whole values.
func (g *gen) valueEnv(o, n string) userEnv {
	e := userEnv{}
	if o != "" {
		e.in = fmt.Sprintf("(*(*%s)(in))", o)
	}
	if n != "" {
		e.out = fmt.Sprintf("(*(*%s)(out))", n)
	}
	return e
}

// fieldUser writes the function of a field rule of struct conversion
// cv: $base is the old struct, $in its field, $out the new field, which
// for a member Go reaches through methods is a variable stored back
// after the code.
func (g *gen) fieldUser(cv *compiler.Conv, fc *compiler.FieldConv, name string) {
	ot, nt := g.old.goType(cv.Old), g.new.goType(cv.New)
	e := userEnv{base: fmt.Sprintf("(*(*%s)(base))", ot)}
	if fc.Old != nil {
		e.in = g.read(fmt.Sprintf("(*%s)(base)", ot), cv.Old, fc.Old, g.old)
	}
	m := g.new.layouts[cv.New].members[fc.New]
	prologue, store := "", ""
	if m.access == viaBits || m.access == viaBytes {
		prologue = fmt.Sprintf("xfOut := (*%s)(out).%s()", nt, m.name)
		store = fmt.Sprintf("(*%s)(out).%s(xfOut)", nt, m.setter)
		e.out = "xfOut"
	} else {
		e.out = fmt.Sprintf("(*%s)(out).%s", nt, m.name)
	}
	g.emitUser(name, fc.Code, e, prologue, store)
}

// preamble is the spec's preamble split into its imports, merged into
// the file's import block, and the rest, Go declarations.
type preamble struct {
	imports []string // `name "path"` or `"path"`
	decls   string
}

// splitPreamble parses the preamble as the start of a Go file. Its
// imports are taken out (their lines left blank, so the declarations
// keep the spec's line numbers); a preamble that does not parse is
// left whole, for the Go compiler to report at its position in the
// spec.
func (g *gen) splitPreamble() preamble {
	block := g.plan.Spec.Preamble
	if block == nil {
		return preamble{}
	}
	text := g.replaceForms(block, userEnv{})
	const head = "package p;"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", head+text, parser.ImportsOnly)
	if err != nil {
		return preamble{decls: g.directive(block) + text}
	}
	var p preamble
	blank := []byte(text)
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			spec := is.Path.Value
			if is.Name != nil {
				spec = is.Name.Name + " " + spec
			}
			p.imports = append(p.imports, spec)
		}
		for i := fset.Position(gd.Pos()).Offset - len(head); i < fset.Position(gd.End()).Offset-len(head); i++ {
			if blank[i] != '\n' {
				blank[i] = ' '
			}
		}
	}
	p.decls = g.directive(block) + string(blank)
	return p
}

func (g *gen) directive(block *grammar.CodeBlock) string {
	start := block.TextStart()
	return fmt.Sprintf("/*line %s:%d:%d*/", g.specName(), start.Line, start.Col)
}

// fixLines gives each //line directive back to the generated file the
// line that follows it, once formatting has settled the lines.
func fixLines(src []byte, outName string) []byte {
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		if l == lineBack {
			lines[i] = "//line " + outName + ":" + strconv.Itoa(i+2) + ":1"
		}
	}
	return []byte(strings.Join(lines, "\n"))
}
