package compiler

import (
	"fmt"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// checkForms checks every `$` form against its rule's kind and the
// versions (LANGUAGE.md's table) and resolves what it stands for.
func (c *checker) checkForms() {
	if c.spec.Preamble != nil {
		for _, f := range c.spec.Preamble.Forms {
			switch f.Kind {
			case grammar.FormOldType, grammar.FormNewType:
				c.checkForm(f, nil)
			default:
				c.diags.Errorf(f.Range(), codePreambleForm, "`%s` has no meaning in the preamble, which runs outside any rule; only $oldtype and $newtype may be used there", f.Kind)
			}
		}
	}
	byLabel := map[*grammar.Label]*rule{}
	for _, r := range c.rules {
		byLabel[r.label] = r
	}
	for _, r := range c.spec.Rules {
		c.diags = c.trim.Keep(c.diags)
		if r.Code == nil || len(r.Labels) == 0 || r.Labels[0] == nil {
			continue
		}
		// A block shared by several labels is checked against the first;
		// the others are the same kind of rule or the user gets the
		// first one's diagnostics.
		l := r.Labels[0]
		for _, f := range r.Code.Forms {
			c.checkForm(f, &formCtx{label: l, rule: byLabel[l]})
		}
	}
}

type formCtx struct {
	label *grammar.Label
	rule  *rule // nil when the label did not resolve
}

func (c *checker) checkForm(f *grammar.Form, ctx *formCtx) {
	want := map[grammar.FormKind]int{grammar.FormOldSym: 1, grammar.FormNewSym: 1, grammar.FormOldType: 1, grammar.FormNewType: 1, grammar.FormXform: 2, grammar.FormGen: 1}[f.Kind]
	if len(f.Args) != want && !(f.Kind == grammar.FormXform && len(f.Args) > want) {
		c.diags.Errorf(f.Range(), codeFormArgs, "`%s` takes %d argument%s, not %d", f.Kind, want, map[bool]string{true: "", false: "s"}[want == 1], len(f.Args))
		return
	}
	isField := ctx != nil && ctx.label.To != nil && ctx.label.To.Kind == grammar.TypePath && len(ctx.label.To.Fields) > 0
	switch f.Kind {
	case grammar.FormIn:
		if ctx.label.Kind == grammar.Init {
			msg := "`$in` has no meaning in an INIT rule: there is no old value; "
			if isField {
				msg += "use `$base` for the old struct"
			} else {
				msg += "use `$oldsym(KEY)` for an old variable"
			}
			c.diags.Errorf(f.Range(), codeInInInit, "%s", msg)
		}
	case grammar.FormBase:
		if !isField {
			msg := "`$base` is the old struct holding a field, so it has meaning only in a field rule (`struct T.f -> struct T.f` or `INIT struct T.f`); "
			if ctx != nil && ctx.label.Kind == grammar.Init {
				msg += "an INIT rule has no old value: read an old variable with `$oldsym(KEY)`"
			} else {
				msg += "here use `$in` for the old value"
			}
			c.diags.Errorf(f.Range(), codeBaseNoField, "%s", msg)
		}
	case grammar.FormOldSym, grammar.FormNewSym:
		p, version := c.old, "old"
		if f.Kind == grammar.FormNewSym {
			p, version = c.new, "new"
		}
		a := f.Args[0]
		v := lookupVar(p, a.Text)
		if v == nil {
			keys := make([]string, 0, len(p.Vars))
			for k := range p.Vars {
				keys = append(keys, k)
			}
			d := diag.Diagnostic{Range: a.Range(), Severity: diag.Error, Code: codeUnknownSym,
				Message: fmt.Sprintf("`%s`: the %s version has no variable `%s`%s%s", f.Kind, version, a.Text, didYouMean(a.Text, keys), staticLocalHint(a.Text))}
			if s := suggestion(a.Text, keys); s != "" {
				d.Fixes = []diag.Fix{{Title: fmt.Sprintf("change to `%s`", s), Edits: []diag.Edit{{Range: a.Range(), NewText: s}}}}
			}
			c.diags.Add(d)
			return
		}
		c.plan.Forms[f] = &FormTarget{Var: v}
	case grammar.FormOldType, grammar.FormNewType:
		p, version := c.old, "old"
		if f.Kind == grammar.FormNewType {
			p, version = c.new, "new"
		}
		t, ok := c.formType(f, f.Args[0], p, version)
		if ok {
			c.plan.Forms[f] = &FormTarget{Type: t, Names: typeNamesIn(p, f.Args[0].Text)}
		}
	case grammar.FormXform:
		t0, ok0 := c.formType(f, f.Args[0], c.old, "old")
		t1, ok1 := c.formType(f, f.Args[1], c.new, "new")
		if !ok0 || !ok1 {
			return
		}
		for _, t := range []*typesdiff.Type{t0, t1} {
			if u := t.Underlying(); u.Kind == typesdiff.Int || u.Kind == typesdiff.Float || u.Kind == typesdiff.Void {
				c.diags.Errorf(f.Range(), codeXformPrim, "`$xform` of the primitive type `%s`: there is no transformer to call; assign the value instead (`$out = $in;`)", strings.TrimSpace(u.Name))
				return
			}
		}
		s := site{label: ctx.label, whatText: fmt.Sprintf("`$xform(%s, %s)`", f.Args[0].Text, f.Args[1].Text), oldPathText: f.Args[0].Text, newPathText: f.Args[1].Text}
		if len(f.Args) > 2 {
			var ok bool
			if s.args, ok = c.runtimeParams(f, t0); !ok {
				return
			}
			s.gWritten = true
		}
		cv := c.conv(t0, t1, s)
		cv.Closure = true
		c.plan.Forms[f] = &FormTarget{Conv: cv}
	case grammar.FormGen:
		var gt *typesdiff.Type
		if ctx.rule != nil && ctx.rule.kind == kindType {
			gt = ctx.rule.oldType.Underlying()
		}
		name := strings.TrimSpace(f.Args[0].Text)
		if !strings.HasPrefix(name, "@") {
			name = "@" + name
		}
		if gt == nil || !isGeneric(gt) {
			c.diags.Errorf(f.Range(), codeGenOutside, "`$gen` names a generic parameter, so it has meaning only in a rule on a generic type (one marked E_GENERIC)")
			return
		}
		found := false
		for _, p := range gt.Annot.Generic {
			found = found || p == name
		}
		if !found {
			c.diags.Errorf(f.Args[0].Range(), codeGenOutside, "`%s` has no generic parameter `%s`; it has %s", StructName(gt), name, strings.Join(gt.Annot.Generic, ", "))
			return
		}
		c.plan.Forms[f] = &FormTarget{Param: name}
	}
}

// runtimeParams checks the transformers $xform gives after its two
// types against the generic parameters of t (Kitsune: one per
// parameter, in order) and returns a ConvParam for each.
func (c *checker) runtimeParams(f *grammar.Form, t *typesdiff.Type) ([]*Conv, bool) {
	extra := f.Args[2:]
	g := t.Underlying()
	r := diag.Range{Start: extra[0].Range().Start, End: extra[len(extra)-1].Range().End}
	if g.Kind != typesdiff.Struct || !isGeneric(g) {
		c.diags.Errorf(r, codeFormArgs, "`$xform(%s, %s, ...)`: what follows the two types are the transformers of a generic type's parameters, and `%s` is not generic (a struct marked E_GENERIC(@t, ...)); remove them", f.Args[0].Text, f.Args[1].Text, f.Args[0].Text)
		return nil, false
	}
	if len(extra) != len(g.Annot.Generic) {
		c.diags.Errorf(r, codeFormArgs, "`%s` has %s (%s), so `$xform` takes %s after the two types, not %d", StructName(g),
			plural(len(g.Annot.Generic), "one generic parameter", fmt.Sprintf("%d generic parameters", len(g.Annot.Generic))),
			strings.Join(g.Annot.Generic, ", "), plural(len(g.Annot.Generic), "one transformer", fmt.Sprintf("%d transformers", len(g.Annot.Generic))), len(extra))
		return nil, false
	}
	params := make([]*Conv, len(extra))
	void := &typesdiff.Type{Kind: typesdiff.Void, Name: "void", Size: 1, Align: 1}
	for i := range extra {
		params[i] = &Conv{Kind: ConvParam, Param: i, Old: void, New: void, work: true, why: true, Parametric: true,
			Key: fmt.Sprintf("param@%d.%d", f.Range().Start.Offset, i)}
	}
	return params, true
}

// markParametric finds the instances that reach a transformer given at
// run time: their closures must carry the transformers.
func (c *checker) markParametric() {
	for changed := true; changed; {
		changed = false
		for _, cv := range c.plan.Convs {
			if cv.Parametric {
				continue
			}
			p := cv.Elem != nil && cv.Elem.Parametric
			for _, f := range cv.Fields {
				p = p || f.Conv != nil && f.Conv.Parametric
			}
			for _, b := range cv.Bind {
				p = p || b.Parametric
			}
			if p {
				cv.Parametric, changed = true, true
			}
		}
	}
}

// formType resolves the C type argument of a form in one version.
func (c *checker) formType(f *grammar.Form, a *grammar.Arg, p *typesdiff.Program, version string) (*typesdiff.Type, bool) {
	t, name := parseCType(p, a.Text)
	if t != nil {
		return t, true
	}
	names := typeNames(p)
	d := diag.Diagnostic{Range: a.Range(), Severity: diag.Error, Code: codeUnknownFType,
		Message: fmt.Sprintf("`%s`: the %s version has no type `%s`%s", f.Kind, version, name, didYouMean(name, names))}
	if s := suggestion(name, names); s != "" {
		d.Fixes = []diag.Fix{{Title: fmt.Sprintf("change to `%s`", s), Edits: []diag.Edit{{Range: a.Range(), NewText: strings.Replace(a.Text, name, s, 1)}}}}
	}
	c.diags.Add(d)
	return nil, false
}
