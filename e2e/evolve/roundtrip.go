package evolve

import (
	"fmt"
	"strings"
)

// Round trips: an evolution that loses nothing (renames, reorders,
// widenings whose values fit) can be undone. The migration back, from
// the new version to the old one, is generated from the reverse spec;
// after old -> new -> old the old version's checks (those of the
// identity evolution, which check every field and every pointer's
// target) must pass on the state that comes back.

// Reversible reports whether the evolution can be undone: no field,
// variable or enumerator is added or removed, no array grows, no value
// is computed by user code (AddOne) or dropped (E_IGNORE), no enum is
// ambiguous, and scalars change only where a rule can narrow them back
// (a field or variable of its own, not an array element).
func (c *Case) Reversible() bool {
	for _, e := range c.Enums {
		if c.aliased(e) || len(e.New) != len(e.Old) {
			return false
		}
	}
	for _, s := range c.Structs {
		for _, f := range s.Fields {
			if f.Old == "" || f.New == "" || f.AddOne || f.Ignore || !undoable(f.T, true) {
				return false
			}
		}
	}
	for _, v := range c.Vars {
		if v.Old == "" || v.New == "" || !undoable(v.T, true) {
			return false
		}
	}
	return true
}

// undoable says whether a value of type t comes back unchanged from its
// new type; top says t is a field's or variable's own type, where a
// rule may narrow a widened scalar.
func undoable(t *Type, top bool) bool {
	switch t.K {
	case KScalar:
		return top || t.Scalar == t.NewScalar
	case KArray:
		return t.Len == t.NewLen && undoable(t.Elem, false)
	}
	return true
}

// ReverseSpec is the spec of the migration back: every rule of the
// evolution turned around, and a rule `$out = $in` for each widened
// scalar, which narrows it back (its values came from the old type, so
// they fit).
func (c *Case) ReverseSpec() string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Random evolution case, seed %d: the migration back.\n", c.Seed)
	for _, s := range c.Structs {
		if s.Old != s.New {
			fmt.Fprintf(&b, "struct %s -> struct %s\n", s.New, s.Old)
		}
		for _, f := range s.Fields {
			switch {
			case widened(f.T):
				fmt.Fprintf(&b, "struct %s.%s -> struct %s.%s: { $out = $in; }\n", s.New, f.New, s.Old, f.Old)
			case f.Old != f.New:
				fmt.Fprintf(&b, "struct %s.%s -> struct %s.%s\n", s.New, f.New, s.Old, f.Old)
			}
		}
	}
	for _, v := range c.Vars {
		switch {
		case v.Invoke:
			s := c.Structs[v.T.Ref]
			fmt.Fprintf(&b, "%s -> %s: { XF_INVOKE($xform(struct %s, struct %s), &$in, &$out); }\n", v.New, v.Old, s.New, s.Old)
		case widened(v.T):
			fmt.Fprintf(&b, "%s -> %s: { $out = $in; }\n", v.New, v.Old)
		case v.Old != v.New:
			fmt.Fprintf(&b, "%s -> %s\n", v.New, v.Old)
		}
	}
	return b.String()
}

func widened(t *Type) bool { return t.K == KScalar && t.Scalar != t.NewScalar }

// Identity is the case of the old version evolved into itself, with the
// same state: its new program checks the state the old program builds.
func (c *Case) Identity() *Case {
	id := *c
	id.Structs = nil
	for _, s := range c.Structs {
		n := &Struct{Old: s.Old, New: s.Old, Typedef: s.Typedef, Owned: s.Owned}
		for _, f := range s.Fields {
			if f.Old == "" {
				continue
			}
			n.Order = append(n.Order, len(n.Fields))
			n.Fields = append(n.Fields, &Field{Old: f.Old, New: f.Old, T: sameType(f.T), Ignore: f.Ignore})
		}
		id.Structs = append(id.Structs, n)
	}
	id.Enums = nil
	for _, e := range c.Enums {
		id.Enums = append(id.Enums, &Enum{Tag: e.Tag, Old: e.Old, New: e.Old})
	}
	id.Vars = nil
	for _, v := range c.Vars { // all of them: objects refer to them by index
		id.Vars = append(id.Vars, &Var{Old: v.Old, New: v.Old, T: sameType(v.T)})
	}
	return &id
}

// sameType is t as its old version has it, in both versions.
func sameType(t *Type) *Type {
	u := *t
	u.NewScalar, u.NewLen = t.Scalar, t.Len
	if t.Elem != nil {
		u.Elem = sameType(t.Elem)
	}
	return &u
}

// RenderBack gives the files of the migration back, in the e2e layout:
// old.h is the new version, new.h and new.c the old version with the
// checks of its state, spec.xf the reverse spec.
func (c *Case) RenderBack(checkH string) Files {
	id := c.Identity()
	return Files{
		"old.h":   c.header(true),
		"new.h":   id.header(true),
		"new.c":   id.newProgram(checkH),
		"spec.xf": c.ReverseSpec(),
	}
}
