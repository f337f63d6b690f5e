package compiler

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// collectRules resolves every label of the spec against the versions:
// FROM against the old one, TO against the new one.
func (c *checker) collectRules() {
	for _, r := range c.spec.Rules {
		c.diags = c.trim.Keep(c.diags)
		var code *grammar.CodeBlock = r.Code
		for _, l := range r.Labels {
			if l == nil || l.To == nil || (l.Kind == grammar.Map && l.From == nil) {
				continue // a syntax error the parser reported
			}
			ru := &rule{label: l}
			if code != nil {
				ru.code = &UserCode{Label: l, Block: code}
			}
			if c.resolveLabel(ru) {
				c.register(ru)
			}
		}
	}
}

func (c *checker) resolveLabel(ru *rule) bool {
	l := ru.label
	if l.Kind == grammar.Init {
		if ru.code == nil {
			return false // the parser reports a bare INIT
		}
		if l.To.Kind == grammar.VarPath {
			ru.kind = kindVarInit
			ru.newVar = c.resolveVar(c.new, "new", l.To)
			return ru.newVar != nil
		}
		if len(l.To.Fields) == 0 {
			c.diags.Errorf(l.Range(), codeRuleShape, "INIT applies to a variable or a field, not to the whole type `%s`: write `INIT %s.FIELD: { ... }`", l.To.TypeName(), l.To.TypeName())
			return false
		}
		ru.kind = kindFieldInit
		ru.newType, ru.newField = c.resolveField(c.new, "new", l.To)
		return ru.newField != nil
	}
	from, to := l.From, l.To
	if from.Kind != to.Kind {
		c.diags.Errorf(l.Range(), codeRuleShape, "`%s -> %s` maps a %s to a %s: both sides must be variables, or both types or fields", pathText(from), pathText(to), pathKindName(from), pathKindName(to))
		return false
	}
	if from.Kind == grammar.VarPath {
		ru.kind = kindVar
		ru.oldVar = c.resolveVar(c.old, "old", from)
		ru.newVar = c.resolveVar(c.new, "new", to)
		return ru.oldVar != nil && ru.newVar != nil
	}
	if (len(from.Fields) == 0) != (len(to.Fields) == 0) {
		c.diags.Errorf(l.Range(), codeRuleShape, "`%s -> %s` maps a %s to a %s: map a type to a type, or a field to a field", pathText(from), pathText(to), pathKindName(from), pathKindName(to))
		return false
	}
	if len(to.Fields) == 0 {
		ru.kind = kindType
		ru.oldType = c.resolveType(c.old, "old", from)
		ru.newType = c.resolveType(c.new, "new", to)
		// A rule on a typedef is about the values declared with it, not
		// every value of the type it names.
		if ru.oldType != nil && from.Keyword != nil && from.Keyword.Name == "typedef" {
			ru.oldType = c.old.Types[from.TypeName()]
		}
		if ru.newType != nil && to.Keyword != nil && to.Keyword.Name == "typedef" {
			ru.newType = c.new.Types[to.TypeName()]
		}
		return ru.oldType != nil && ru.newType != nil
	}
	ru.kind = kindField
	ru.oldType, ru.oldField = c.resolveField(c.old, "old", from)
	ru.newType, ru.newField = c.resolveField(c.new, "new", to)
	return ru.oldField != nil && ru.newField != nil
}

// register files a resolved rule by its target and reports a second
// rule for the same target.
func (c *checker) register(ru *rule) {
	var prev *rule
	switch ru.kind {
	case kindVar, kindVarInit:
		prev = c.varRules[ru.newVar.Key]
		if prev == nil {
			c.varRules[ru.newVar.Key] = ru
		}
	case kindType:
		prev = c.typeRules[ru.oldType]
		if prev == nil {
			for _, o := range c.typeRules {
				if o.newType == ru.newType {
					prev = o
				}
			}
		}
		if prev == nil {
			c.typeRules[ru.oldType] = ru
		}
	case kindField, kindFieldInit:
		k := fieldKey{ru.newType, ru.newField.Name}
		prev = c.fieldRules[k]
		if prev == nil {
			c.fieldRules[k] = ru
		}
	}
	if prev != nil {
		c.diags.Add(diag.Diagnostic{Range: ru.label.Range(), Severity: diag.Error, Code: codeDuplicate,
			Message: fmt.Sprintf("a second rule for `%s`: each target takes one rule; merge the two or remove one", pathText(ru.label.To)),
			Related: []diag.Related{{Range: prev.label.Range(), Message: "the first rule for it is here"}}})
		return
	}
	c.rules = append(c.rules, ru)
}

// resolveVar finds the variable a path names in one version.
func (c *checker) resolveVar(p *typesdiff.Program, version string, path *grammar.Path) *typesdiff.Var {
	if v := lookupVar(p, path.Key); v != nil {
		return v
	}
	keys := make([]string, 0, len(p.Vars))
	for k := range p.Vars {
		keys = append(keys, k)
	}
	d := diag.Diagnostic{Range: path.Range(), Severity: diag.Error, Code: codeUnknownVar,
		Message: fmt.Sprintf("the %s version has no variable `%s`%s%s", version, path.Key, didYouMean(path.Key, keys), staticLocalHint(path.Key))}
	if s := suggestion(path.Key, keys); s != "" {
		d.Fixes = []diag.Fix{{Title: fmt.Sprintf("change to `%s`", s), Edits: []diag.Edit{{Range: path.Range(), NewText: s}}}}
	}
	c.diags.Add(d)
	return nil
}

// staticLocalHint explains, for an unresolved `func#name` key, that
// only static locals can be named: an automatic local lives on the
// stack of one call, and no update carries it.
func staticLocalHint(key string) string {
	i := strings.IndexByte(key, '#')
	if i < 0 {
		return ""
	}
	fn, name := key[:i], key[i+1:]
	if j := strings.LastIndexByte(fn, '/'); j >= 0 {
		fn = fn[j+1:]
	}
	return fmt.Sprintf("; `%s` names a `static` local of `%s`, and only static locals can be named: an automatic (stack) variable lives only during one call, so it is no state an update carries (Kitsune's stack-variable migration is not supported); declare `%s` `static` in both versions, or keep its value in a global or file-scope static and name that", key, fn, name)
}

// lookupVar finds a variable by key, accepting `func#name` for a static
// local whose function name is unique.
func lookupVar(p *typesdiff.Program, key string) *typesdiff.Var {
	if v := p.Vars[key]; v != nil {
		return v
	}
	if i := strings.IndexByte(key, '#'); i > 0 && !strings.Contains(key, "/") {
		var found *typesdiff.Var
		for _, v := range p.Vars {
			if v.Func == key[:i] && v.Name == key[i+1:] {
				if found != nil {
					return nil // ambiguous: the file must be named
				}
				found = v
			}
		}
		return found
	}
	return nil
}

// resolveType finds the type a type path's head names (underlying).
func (c *checker) resolveType(p *typesdiff.Program, version string, path *grammar.Path) *typesdiff.Type {
	name := path.TypeName()
	if t := p.Types[name]; t != nil && (path.Keyword == nil || path.Keyword.Name != "typedef" || t.Kind == typesdiff.Typedef) {
		return t.Underlying()
	}
	r := headRange(path)
	names := typeNames(p)
	d := diag.Diagnostic{Range: r, Severity: diag.Error, Code: codeUnknownType,
		Message: fmt.Sprintf("the %s version has no type `%s`%s", version, name, didYouMean(name, names))}
	if s := suggestion(name, names); s != "" {
		d.Fixes = []diag.Fix{{Title: fmt.Sprintf("change to `%s`", s), Edits: []diag.Edit{{Range: r, NewText: typePathText(p, s)}}}}
	}
	c.diags.Add(d)
	return nil
}

// typePathText is how a spec names a type of p spelled s.
func typePathText(p *typesdiff.Program, s string) string {
	if t := p.Types[s]; t != nil && t.Kind == typesdiff.Typedef {
		return "typedef " + s
	}
	return s
}

// resolveField finds the field a path names, and the struct or union
// that directly holds it (underlying types).
func (c *checker) resolveField(p *typesdiff.Program, version string, path *grammar.Path) (*typesdiff.Type, *typesdiff.Field) {
	t := c.resolveType(p, version, path)
	if t == nil {
		return nil, nil
	}
	where := path.TypeName()
	var holder *typesdiff.Type
	var f *typesdiff.Field
	for _, id := range path.Fields {
		if t.Kind != typesdiff.Struct && t.Kind != typesdiff.Union {
			c.diags.Errorf(id.Range(), codeUnknownField, "`%s` is %s, not a struct or union: it has no field `%s`", where, withArticle(t.Kind.String()), id.Name)
			return nil, nil
		}
		holder, f = findField(t, id.Name)
		if f == nil {
			names := fieldNames(t)
			d := diag.Diagnostic{Range: id.Range(), Severity: diag.Error, Code: codeUnknownField,
				Message: fmt.Sprintf("`%s` of the %s version has no field `%s`%s", where, version, id.Name, didYouMean(id.Name, names))}
			if s := suggestion(id.Name, names); s != "" {
				d.Fixes = []diag.Fix{{Title: fmt.Sprintf("change to `%s`", s), Edits: []diag.Edit{{Range: id.Range(), NewText: s}}}}
			}
			if t.Pos.IsValid() {
				d.Related = []diag.Related{{Range: identRange(t.Pos, t.Name), Message: fmt.Sprintf("`%s` is defined here", where)}}
			}
			c.diags.Add(d)
			return nil, nil
		}
		where += "." + id.Name
		t = f.Type.Underlying()
	}
	return holder, f
}

// findField finds a field by name, looking inside anonymous members as
// C does; it returns the struct or union that directly holds it.
func findField(t *typesdiff.Type, name string) (*typesdiff.Type, *typesdiff.Field) {
	if t == nil {
		return nil, nil
	}
	for _, f := range t.Fields {
		if f.Name == name {
			return t, f
		}
	}
	for _, f := range t.Fields {
		if f.Name == "" {
			if u := f.Type.Underlying(); u != nil && (u.Kind == typesdiff.Struct || u.Kind == typesdiff.Union) {
				if h, g := findField(u, name); g != nil {
					return h, g
				}
			}
		}
	}
	return nil, nil
}

func fieldNames(t *typesdiff.Type) []string {
	var out []string
	for _, f := range t.Fields {
		if f.Name != "" {
			out = append(out, f.Name)
		} else if u := f.Type.Underlying(); u != nil {
			out = append(out, fieldNames(u)...)
		}
	}
	return out
}

func typeNames(p *typesdiff.Program) []string {
	out := make([]string, 0, len(p.Types))
	for k, t := range p.Types {
		if !t.SystemNamed() {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// headRange spans the keyword and name of a type path.
func headRange(p *grammar.Path) diag.Range {
	r := p.Range()
	if p.Keyword != nil {
		r.Start = p.Keyword.Range().Start
	}
	if p.Name != nil {
		r.End = p.Name.Range().End
	}
	return r
}

// pathText prints a path as the spec writes it.
func pathText(p *grammar.Path) string {
	if p == nil {
		return ""
	}
	if p.Kind == grammar.VarPath {
		return p.Key
	}
	s := p.TypeName()
	if p.Keyword != nil && p.Keyword.Name == "typedef" {
		s = "typedef " + s
	}
	for _, f := range p.Fields {
		s += "." + f.Name
	}
	return s
}

func pathKindName(p *grammar.Path) string {
	switch {
	case p.Kind == grammar.VarPath:
		return "variable"
	case len(p.Fields) > 0:
		return "field"
	}
	return "type"
}

// withArticle puts "a" or "an" before a noun.
func withArticle(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
