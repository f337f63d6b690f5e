package lsp

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
	"go.lsp.dev/protocol"
)

func hover(ctx context.Context, sn *snapshot, params []byte) (any, error) {
	d, e, err := positioned(sn, params)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, nil
	}
	old, new := d.programs()
	var text string
	switch e.kind {
	case elHead, elKeyword, elField:
		text = hoverPath(e, old, new, d.an)
	case elOp:
		text = hoverLabel(e, d)
	case elForm, elFormArg:
		if d.an.goMode() {
			text = goHoverForm(e, old, new, d.an.goNames())
		} else {
			text = hoverForm(e, old, new)
		}
	case elMember:
		if d.an.goMode() {
			text = goHoverMember(e, old, new, d.an.goNames())
			break
		}
		if t, _ := formType(e.form, e.label, old, new); t != nil {
			if mt, f := memberType(t, e.members); f != nil {
				text = fmt.Sprintf("```c\n%s\n```\nmember of %s", typesdiff.Declaration(mt, f.Name), e.form.Kind) + declaredAt(f.Pos)
			}
		}
	}
	if text == "" {
		return nil, nil
	}
	r := d.lines.rangeOf(e.rng)
	return &protocol.Hover{Contents: &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: text}, Range: &r}, nil
}

func declaredAt(p diag.Pos) string {
	if !p.IsValid() {
		return ""
	}
	return fmt.Sprintf(" (%s:%d:%d)", filepath.Base(p.File), p.Line, p.Col)
}

// hoverPath shows the old and the new definition of what a path element
// names, and what changed between them.
func hoverPath(e *element, old, new *programs, an *analysis) string {
	if old == nil {
		return ""
	}
	n := len(e.path.Fields)
	if e.kind == elField {
		n = e.field + 1
	}
	if e.kind != elField {
		n = 0
	}
	var b strings.Builder
	for _, pr := range []*programs{old, new} {
		t := compiler.Lookup(pr.p, e.path, n)
		switch {
		case t.Var != nil:
			fmt.Fprintf(&b, "**%s**%s\n```c\n%s;\n```\n", pr.version, declaredAt(t.Var.Pos), typesdiff.Declaration(t.Var.Type, t.Var.Name))
		case n > 0 && t.Field != nil:
			fmt.Fprintf(&b, "**%s** field of `%s`%s\n```c\n%s;\n```\n", pr.version, typeName(t.Holder, e.path), declaredAt(t.Field.Pos), typesdiff.Declaration(t.Field.Type, t.Field.Name))
		case n == 0 && t.Type != nil:
			fmt.Fprintf(&b, "**%s**%s\n```c\n%s\n```\n", pr.version, declaredAt(t.Type.Pos), typeDefinition(t.Type))
		default:
			fmt.Fprintf(&b, "**%s**: not in this version\n", pr.version)
		}
	}
	if rep := an.report(); rep != nil {
		b.WriteString(changeText(rep, e.path, n))
	}
	return b.String()
}

func typeName(t *typesdiff.Type, p *grammar.Path) string {
	if t != nil && t.Spelling() != "" {
		return t.Spelling()
	}
	return p.TypeName()
}

// typeDefinition writes a type as C declares it, fields included.
func typeDefinition(t *typesdiff.Type) string {
	switch t.Kind {
	case typesdiff.Typedef:
		return "typedef " + typesdiff.Declaration(t.Elem, t.Name) + ";"
	case typesdiff.Struct, typesdiff.Union:
		var b strings.Builder
		b.WriteString(t.Spelling() + " {\n")
		for _, f := range t.Fields {
			decl := typesdiff.Declaration(f.Type, f.Name)
			if f.BitWidth > 0 {
				decl += fmt.Sprintf(" : %d", f.BitWidth)
			}
			fmt.Fprintf(&b, "\t%s;\n", decl)
		}
		b.WriteString("};")
		return b.String()
	case typesdiff.Enum:
		var parts []string
		for _, en := range t.Enumerators {
			parts = append(parts, fmt.Sprintf("%s = %d", en.Name, en.Value))
		}
		return fmt.Sprintf("%s { %s };", t.Spelling(), strings.Join(parts, ", "))
	}
	return t.String()
}

// changeText says what the diff found for the path's type, field or
// variable.
func changeText(rep *typesdiff.Report, p *grammar.Path, n int) string {
	if p.Kind == grammar.VarPath {
		if vc := rep.Var(p.Key); vc != nil && vc.Kind != typesdiff.Unchanged {
			s := "\n**change:** variable " + vc.Kind.String()
			if vc.OldType != vc.NewType && vc.OldType != "" && vc.NewType != "" {
				s += fmt.Sprintf(": `%s` → `%s`", vc.OldType, vc.NewType)
			}
			return s + "\n"
		}
		return "\n**change:** none\n"
	}
	tc := rep.Type(p.TypeName())
	if tc == nil {
		return ""
	}
	if n > 0 {
		name := p.Fields[n-1].Name
		for _, fc := range tc.Fields {
			if fc.Name == name {
				s := "\n**change:** field " + fc.Kind.String()
				if fc.OldType != "" && fc.NewType != "" && fc.OldType != fc.NewType {
					s += fmt.Sprintf(": `%s` → `%s`", fc.OldType, fc.NewType)
				}
				return s + "\n"
			}
		}
		return "\n**change:** none to this field\n"
	}
	if tc.Kind == typesdiff.Unchanged && !tc.Affected {
		return "\n**change:** none\n"
	}
	var parts []string
	for _, fc := range tc.Fields {
		parts = append(parts, fmt.Sprintf("`%s` %s", fc.Name, fc.Kind))
	}
	for _, ec := range tc.Enumerators {
		parts = append(parts, fmt.Sprintf("`%s` %s", ec.Name, ec.Kind))
	}
	if len(tc.Through) > 0 {
		parts = append(parts, "reaches changed "+strings.Join(tc.Through, ", "))
	}
	return fmt.Sprintf("\n**change:** %s: %s\n", tc.Kind, strings.Join(parts, "; "))
}

// hoverForm says what a $ form stands for in its rule, with its C type.
func hoverForm(e *element, old, new *programs) string {
	f := e.form
	switch f.Kind {
	case grammar.FormIn, grammar.FormOut, grammar.FormBase, grammar.FormOldSym, grammar.FormNewSym:
		what := map[grammar.FormKind]string{
			grammar.FormIn: "the old value", grammar.FormOut: "the new value", grammar.FormBase: "the old struct that holds the field",
			grammar.FormOldSym: "the old version's global", grammar.FormNewSym: "the new version's global",
		}[f.Kind]
		t, pr := formType(f, e.label, old, new)
		if t == nil {
			return fmt.Sprintf("`%s`: %s", f.Kind, what)
		}
		return fmt.Sprintf("```c\n%s: %s (%s)\n```\n%s", f.Kind, t, pr.version, what)
	case grammar.FormOldType, grammar.FormNewType:
		pr := old
		if f.Kind == grammar.FormNewType {
			pr = new
		}
		if pr == nil || len(f.Args) == 0 {
			return fmt.Sprintf("`%s(T)`: type T as the version defines it", f.Kind)
		}
		if t := cType(pr.p, f.Args[0].Text); t != nil {
			return fmt.Sprintf("**%s**%s\n```c\n%s\n```", pr.version, declaredAt(t.Pos), typeDefinition(t))
		}
		return fmt.Sprintf("the %s version has no type `%s`", pr.version, f.Args[0].Text)
	case grammar.FormXform:
		if len(f.Args) >= 2 {
			return fmt.Sprintf("`$xform`: the generated transformer from the old `%s` to the new `%s`", f.Args[0].Text, f.Args[1].Text)
		}
		return "`$xform(T0, T1)`: the generated transformer from old type T0 to new type T1"
	case grammar.FormGen:
		return "`$gen(name)`: the transformer bound to the generic parameter"
	}
	return ""
}

// hoverLabel says what inference would do without the rule: the spec is
// checked once more without it, and what that check says of the rule's
// target is the answer.
func hoverLabel(e *element, d *docCtx) string {
	if d.an == nil || d.an.res == nil || d.an.res.Old == nil || d.an.res.New == nil {
		return ""
	}
	var rest []*grammar.Rule
	for _, ru := range d.spec.Rules {
		if ru != e.rule {
			rest = append(rest, ru)
		}
	}
	without := *d.spec
	without.Rules = rest
	plan, ds := compiler.Check(&without, d.an.res.Old, d.an.res.New)
	before := map[string]bool{}
	for _, x := range d.an.diags {
		before[x.Message] = true
	}
	var errs []string
	for _, x := range ds {
		if x.Severity == diag.Error && !before[x.Message] {
			errs = append(errs, x.Message)
		}
	}
	if len(errs) > 0 {
		return "**Without this rule:** error: " + errs[0]
	}
	if plan != nil && e.label.To != nil && e.label.To.Kind == grammar.VarPath {
		for _, g := range plan.Globals {
			if g.New != nil && g.New.Key == e.label.To.Key {
				return "**Without this rule:** " + convText(g)
			}
		}
	}
	return "**Without this rule:** inference migrates it by itself (the rule may restate it)"
}

func convText(g *compiler.Global) string {
	if g.Old == nil {
		return "the variable keeps the new program's initial value"
	}
	c := g.Conv
	if c == nil {
		return fmt.Sprintf("the new `%s` is made from the old `%s` by inference", g.New.Key, g.Old.Key)
	}
	what := map[compiler.ConvKind]string{
		compiler.ConvCopy: "copied as bytes", compiler.ConvScalar: "converted by value", compiler.ConvEnum: "mapped by enumerator name",
		compiler.ConvStruct: "migrated field by field", compiler.ConvArray: "migrated element by element", compiler.ConvPtr: "its pointee migrated once per old address",
		compiler.ConvFuncPtr: "remapped to the new function of the same name", compiler.ConvUser: "migrated by a type rule's code",
	}[c.Kind]
	return fmt.Sprintf("the new `%s` is made from the old `%s`: %s", g.New.Key, g.Old.Key, what)
}
