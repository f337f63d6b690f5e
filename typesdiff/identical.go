package typesdiff

import "fmt"

// Identical reports whether old and new have the same structure through
// everything reachable from them: kinds, sizes, alignments, field names,
// order, offsets and bit-fields, enumerator names and values, array
// lengths and pointee types. Typedefs are transparent (a typedef and the
// type it names are identical when the layout is); tagged types must
// keep their tag. Integers of the same size and signedness are identical
// whatever their spelling (long and long long on LP64). Annotations are
// not compared: they do not change the bytes. Self-referential types
// are compared once per pair, so cycles terminate.
func Identical(old, new *Type) bool {
	c := identity{seen: map[[2]*Type]bool{}}
	return c.eq(old, new, "")
}

// identity compares two types, remembering the pairs under comparison
// and, for messages, the first difference found.
type identity struct {
	seen map[[2]*Type]bool
	why  string
}

func (c *identity) diff(path, format string, args ...any) bool {
	if c.why == "" {
		c.why = fmt.Sprintf(format, args...)
		if path != "" {
			c.why = path + ": " + c.why
		}
	}
	return false
}

func (c *identity) eq(a, b *Type, path string) bool {
	a, b = a.Underlying(), b.Underlying()
	if a == nil || b == nil {
		if a != b {
			return c.diff(path, "one side has no type")
		}
		return true
	}
	if a == b {
		return true
	}
	key := [2]*Type{a, b}
	if c.seen[key] {
		return true
	}
	c.seen[key] = true
	if a.Kind != b.Kind {
		return c.diff(path, "%s became %s", describe(a), describe(b))
	}
	if a.Size != b.Size || a.Align != b.Align {
		return c.diff(path, "%s has size %d align %d, then size %d align %d", describe(a), a.Size, a.Align, b.Size, b.Align)
	}
	switch a.Kind {
	case Int:
		if a.Signed != b.Signed {
			return c.diff(path, "%s became %s", a.Name, b.Name)
		}
	case Float:
		if a.Name != b.Name {
			return c.diff(path, "%s became %s", a.Name, b.Name)
		}
	case Pointer:
		return c.eq(a.Elem, b.Elem, path+"*")
	case Array:
		if a.Len != b.Len {
			return c.diff(path, "array length %d became %d", a.Len, b.Len)
		}
		return c.eq(a.Elem, b.Elem, path+"[]")
	case Struct, Union:
		return c.record(a, b, path)
	case Enum:
		if a.Name != b.Name {
			return c.diff(path, "%s became %s", describe(a), describe(b))
		}
		if a.Signed != b.Signed || len(a.Enumerators) != len(b.Enumerators) {
			return c.diff(path, "%s has %d enumerators, then %d", describe(a), len(a.Enumerators), len(b.Enumerators))
		}
		for i, e := range a.Enumerators {
			f := b.Enumerators[i]
			if e.Name != f.Name || e.Value != f.Value {
				return c.diff(path, "enumerator %s = %d became %s = %d", e.Name, e.Value, f.Name, f.Value)
			}
		}
	case Func:
		if a.Variadic != b.Variadic || len(a.Params) != len(b.Params) {
			return c.diff(path, "function %s became %s", describe(a), describe(b))
		}
		for i := range a.Params {
			if !c.eq(a.Params[i], b.Params[i], path+"()") {
				return false
			}
		}
		return c.eq(a.Elem, b.Elem, path+"()")
	}
	return true
}

func (c *identity) record(a, b *Type, path string) bool {
	if a.Name != b.Name {
		return c.diff(path, "%s became %s", describe(a), describe(b))
	}
	if a.Incomplete != b.Incomplete || a.Packed != b.Packed {
		return c.diff(path, "%s changed completeness or packing", describe(a))
	}
	if len(a.Fields) != len(b.Fields) {
		return c.diff(path, "%s has %d fields, then %d", describe(a), len(a.Fields), len(b.Fields))
	}
	for i, f := range a.Fields {
		g := b.Fields[i]
		fp := path + "." + f.Name
		if path == "" {
			fp = a.Spelling() + "." + f.Name
		}
		if f.Name != g.Name {
			return c.diff(path, "field %d is %s, then %s", i+1, f.Name, g.Name)
		}
		if f.Offset != g.Offset || f.BitWidth != g.BitWidth || f.BitOff != g.BitOff {
			return c.diff(fp, "moved from offset %d (bits %d+%d) to %d (bits %d+%d)", f.Offset, f.BitOff, f.BitWidth, g.Offset, g.BitOff, g.BitWidth)
		}
		if !c.eq(f.Type, g.Type, fp) {
			return false
		}
	}
	return true
}

// sameDefinition decides whether two files of one version define a name
// the same way.
func sameDefinition(a, b *Type) bool {
	return a.Kind == b.Kind && Identical(a, b)
}

// definitionDifference says how two definitions differ, for messages.
func definitionDifference(a, b *Type) string {
	c := identity{seen: map[[2]*Type]bool{}}
	if a.Kind != b.Kind {
		return fmt.Sprintf("a %s here, a %s there", b.Kind, a.Kind)
	}
	if c.eq(a, b, "") {
		return "they differ"
	}
	return c.why
}
