package compiler

import (
	"fmt"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// planGlobals gives every new variable its source: its rule, else the
// old variable of the same name, else it is an error.
func (c *checker) planGlobals() {
	usedOld := map[string]bool{}
	fills := map[string][]*typesdiff.Var{} // old key -> the new variables it fills
	var added []*typesdiff.Var
	for _, nv := range c.new.SortedVars() {
		g := &Global{New: nv}
		if r := c.varRules[nv.Key]; r != nil {
			r.used = true
			if r.kind == kindVarInit {
				g.Code = r.code
			} else {
				g.Old = r.oldVar
				usedOld[r.oldVar.Key] = true
				fills[r.oldVar.Key] = append(fills[r.oldVar.Key], nv)
				if r.code != nil {
					g.Code = r.code
				} else {
					s := c.varSite(r.oldVar, nv)
					s.label = r.label
					g.Conv = c.conv(r.oldVar.Type, nv.Type, s)
				}
			}
		} else if nv.Const {
			// Not state: the new program's value stands. The old object
			// is only mapped, so pointers to it reach the new one.
			g.Const = true
			if ov := c.old.Vars[nv.Key]; ov != nil {
				g.Old = ov
				usedOld[ov.Key] = true
			}
		} else if ov := c.old.Vars[nv.Key]; ov != nil {
			g.Old = ov
			usedOld[ov.Key] = true
			fills[ov.Key] = append(fills[ov.Key], nv)
			g.Conv = c.conv(ov.Type, nv.Type, c.varSite(ov, nv))
		} else {
			added = append(added, nv)
			continue
		}
		c.plan.Globals = append(c.plan.Globals, g)
	}
	var dropped []*typesdiff.Var
	for _, ov := range c.old.SortedVars() {
		if !usedOld[ov.Key] {
			dropped = append(dropped, ov)
		}
	}
	for _, nv := range added {
		c.addedVar(nv, dropped)
	}
	for _, ov := range c.old.SortedVars() {
		if nvs := fills[ov.Key]; len(nvs) > 1 {
			c.varCopiedTwice(ov, nvs)
		}
	}
	for _, ov := range dropped {
		if !c.readByOldsym(ov) {
			c.droppedVar(ov, added)
		}
	}
}

// mapUninferredGlobals gives each const global, and each global that a
// rule's code migrates, the conversion other state reached for its pair
// of types, if any: the generator maps the old object to the new one
// under it, so pointers to it follow.
func (c *checker) mapUninferredGlobals() {
	for _, g := range c.plan.Globals {
		if (g.Const || g.Code != nil) && g.Old != nil {
			g.Conv = c.convs[convKey{old: c.typeKey(g.Old.Type), new: c.typeKey(g.New.Type)}]
		}
	}
}

// readByOldsym reports whether some rule reads ov with `$oldsym`: its
// value is then used, not dropped.
func (c *checker) readByOldsym(ov *typesdiff.Var) bool {
	for _, r := range c.spec.Rules {
		if r.Code == nil {
			continue
		}
		for _, f := range r.Code.Forms {
			if f.Kind == grammar.FormOldSym && len(f.Args) == 1 && lookupVar(c.old, f.Args[0].Text) == ov {
				return true
			}
		}
	}
	return false
}

func (c *checker) varSite(ov, nv *typesdiff.Var) site {
	s := site{
		newPos: nv.Pos, oldPos: ov.Pos,
		newName: nv.Name, oldName: ov.Name,
		whatText:    fmt.Sprintf("variable `%s`", nv.Key),
		oldPathText: ov.Key, newPathText: nv.Key,
		ann:     varAnnot(ov, nv),
		isVar:   true,
		oldType: ov.Type, newType: nv.Type,
	}
	s.args = c.genArgs(s.ann.G, newG(&typesdiff.Field{Type: nv.Type, Annot: nv.Annot}), nil, s)
	s.gWritten = len(s.ann.G) > 0
	return s
}

func (c *checker) addedVar(nv *typesdiff.Var, dropped []*typesdiff.Var) {
	m := &missingRule{code: codeAddedVar, to: nv.Key, body: initBody(nv.Type, true), newDecl: decl{nv.Type, nv.Name, nv.Pos}}
	d := diag.Diagnostic{Range: identRange(nv.Pos, nv.Name), Severity: diag.Error, Code: codeAddedVar,
		Message: fmt.Sprintf("variable `%s` is new in this version and nothing gives it a value: add `%s`", nv.Key, m.text())}
	if s := suggestion(nv.Key, varKeys(dropped)); s != "" {
		d.Message += fmt.Sprintf(", or `%s -> %s` if it is the old `%s` renamed", s, nv.Key, s)
	}
	c.needRule(&d, "add `INIT "+nv.Key+"`", m)
	c.diags.Add(d)
}

// initBody is the body of a suggested INIT rule: zero for numbers and
// pointers; for the rest, what $out already holds (a variable's is the
// new program's initial value, a field's is zero), which C cannot set
// to zero in one assignment.
func initBody(t *typesdiff.Type, isVar bool) string {
	switch u := t.Underlying(); {
	case u == nil:
	case u.Kind == typesdiff.Int || u.Kind == typesdiff.Float || u.Kind == typesdiff.Pointer || u.Kind == typesdiff.Enum:
		return "$out = 0;"
	}
	if isVar {
		return "/* the new program's initial value is kept; set $out here */"
	}
	return "/* set $out here */"
}

func (c *checker) droppedVar(ov *typesdiff.Var, added []*typesdiff.Var) {
	c.dropped[ov.Key] = true
	d := diag.Diagnostic{Range: identRange(ov.Pos, ov.Name), Severity: diag.Warning, Code: codeDroppedVar,
		Message: fmt.Sprintf("variable `%s` of the old version is not in the new one: its value is dropped", ov.Key)}
	if r := c.varRules[ov.Key]; r != nil && c.new.Vars[ov.Key] != nil {
		d.Message = fmt.Sprintf("the old value of variable `%s` is dropped: the new `%s` gets its value from the rule at %s", ov.Key, ov.Key, shortRange(r.label.Range()))
		d.Related = []diag.Related{{Range: r.label.Range(), Message: "the rule that replaces it"}}
	}
	if s := suggestion(ov.Key, varKeys(added)); s != "" {
		rule := ov.Key + " -> " + s
		d.Message += fmt.Sprintf("; if `%s` is its new name, add `%s`", s, rule)
		if f, ok := c.appendFix("add `"+rule+"`", rule); ok {
			d.Fixes = []diag.Fix{f}
		}
	}
	c.diags.Add(d)
}

// varCopiedTwice reports that one old variable fills several new ones.
func (c *checker) varCopiedTwice(ov *typesdiff.Var, nvs []*typesdiff.Var) {
	var fills []filled
	for _, nv := range nvs {
		f := filled{name: nv.Key, at: identRange(nv.Pos, nv.Name)}
		if r := c.varRules[nv.Key]; r != nil {
			f.rule, f.at = true, r.label.Range()
		}
		fills = append(fills, f)
	}
	c.diags.Add(copiedDiag(identRange(ov.Pos, ov.Name), fmt.Sprintf("variable `%s` of the old version", ov.Key), "variables", fills))
}

// filled is one of the new variables or fields an old one fills: by a
// rule, or by its name alone.
type filled struct {
	name string
	rule bool
	at   diag.Range // the rule, or the new declaration
}

// copiedDiag says that what (an old variable or field) fills several
// new ones, each with its own copy of the value (pointers in it then
// share what they point at). It is a warning when a copy comes from a
// name alone, which is easily a rule aimed at the wrong target, and a
// note when the spec asks for every copy.
func copiedDiag(r diag.Range, what, kind string, fills []filled) diag.Diagnostic {
	names := make([]string, len(fills))
	allRules := true
	var related []diag.Related
	for i, f := range fills {
		names[i] = "`" + f.name + "`"
		allRules = allRules && f.rule
		msg := fmt.Sprintf("`%s` gets it by its name", f.name)
		if f.rule {
			msg = fmt.Sprintf("the rule that fills `%s`", f.name)
		}
		related = append(related, diag.Related{Range: f.at, Message: msg})
	}
	d := diag.Diagnostic{Range: r, Severity: diag.Warning, Code: codeCopiedTwice, Related: related,
		Message: fmt.Sprintf("%s fills %d new %s, %s: each gets its own copy of the value", what, len(fills), kind, strings.Join(names, " and "))}
	if allRules {
		d.Severity = diag.Info
	} else {
		d.Message += "; if only one should, give the others an INIT rule or a rule from another old one (a rule for each says the copies are meant)"
	}
	return d
}

func varKeys(vs []*typesdiff.Var) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Key
	}
	return out
}

// shortRange is "line:col" of r, for messages that point into the spec.
func shortRange(r diag.Range) string { return fmt.Sprintf("%d:%d", r.Start.Line, r.Start.Col) }
