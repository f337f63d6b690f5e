package gogen

import "github.com/xfgen-dev/xfgen/typesdiff"

// Names are the Go names Generate gives two versions' types and
// members, for tools that show them (the language server's hover and
// completion in Go code blocks). Types only user code names, and no
// global reaches, are named as Generate names them only when it is
// given them too; here they are left out.
type Names struct{ old, new *version }

// NewNames names the types of the old and the new version.
func NewNames(old, new *typesdiff.Program) *Names {
	o, n := versions(old, new, nil, nil)
	return &Names{old: o, new: n}
}

func (n *Names) version(old bool) *version {
	if old {
		return n.old
	}
	return n.new
}

// Type is the Go spelling of t in the old (old is true) or the new
// version.
func (n *Names) Type(t *typesdiff.Type, old bool) string { return n.version(old).goType(t) }

// Member is one member of a struct or union as Go reaches it.
type Member struct {
	Field *typesdiff.Field
	// Name is the Go field, or with Method the getter (s.Name()).
	Name   string
	Method bool
	Type   string // the Go type of the member's value
}

// Members lists the members Go code reaches on a value of struct or
// union t (typedefs followed), those of embedded anonymous members
// promoted, in declaration order.
func (n *Names) Members(t *typesdiff.Type, old bool) []Member {
	v := n.version(old)
	t = t.Underlying()
	l := v.layouts[t]
	if l == nil {
		return nil
	}
	var out []Member
	for _, f := range t.Fields {
		m := l.members[f]
		switch m.access {
		case direct:
			out = append(out, Member{Field: f, Name: m.name, Type: m.goType})
		case embedded:
			out = append(out, n.Members(f.Type, old)...)
		case viaBytes, viaBits:
			if f.Name != "" {
				out = append(out, Member{Field: f, Name: m.name, Method: true, Type: m.goType})
			}
		case flexible:
			out = append(out, Member{Field: f, Name: m.name, Method: true, Type: "[]" + m.goType[len("[0]"):]})
		}
	}
	return out
}
