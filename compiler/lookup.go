package compiler

import (
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// Target is what a path names in one version of the program.
type Target struct {
	Var *typesdiff.Var // a variable path
	// Type is the type a type path's head names (as declared: a typedef
	// stays a typedef); Holder and Field the struct or union that holds
	// the last field of the path, and that field.
	Type   *typesdiff.Type
	Holder *typesdiff.Type
	Field  *typesdiff.Field
}

// Lookup resolves path in p the way the checker does, with the first
// nFields of its fields (-1 for all), and reports nothing: the language
// server uses it for hover, definition and completion, where the
// checker has already said what is wrong. A zero Target means the
// version has no such thing.
func Lookup(p *typesdiff.Program, path *grammar.Path, nFields int) Target {
	if p == nil || path == nil {
		return Target{}
	}
	if path.Kind == grammar.VarPath {
		return Target{Var: lookupVar(p, path.Key)}
	}
	name := path.TypeName()
	t := p.Types[name]
	if t == nil || path.Keyword != nil && path.Keyword.Name == "typedef" && t.Kind != typesdiff.Typedef {
		return Target{}
	}
	r := Target{Type: t}
	cur := t.Underlying()
	fields := path.Fields
	if nFields >= 0 && nFields < len(fields) {
		fields = fields[:nFields]
	}
	for _, id := range fields {
		h, f := findField(cur, id.Name)
		if f == nil {
			return Target{Type: t}
		}
		r.Holder, r.Field = h, f
		cur = f.Type.Underlying()
	}
	return r
}

// FieldNames lists the names a member access on t can use, those of
// anonymous members' fields included, as C allows.
func FieldNames(t *typesdiff.Type) []string { return fieldNames(t.Underlying()) }

// FindField finds a field of t by name, inside anonymous members too.
func FindField(t *typesdiff.Type, name string) *typesdiff.Field {
	_, f := findField(t.Underlying(), name)
	return f
}
