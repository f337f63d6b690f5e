package typesdiff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/diag"
)

// String writes t as C would name it in a cast: "struct conn *",
// "unsigned long", "int [4]", "void (*)(int, char *)". Named types are
// written by name, anonymous ones as "struct {...}".
func (t *Type) String() string {
	if t == nil {
		return "<nil>"
	}
	return strings.TrimSpace(declString(t, ""))
}

// declString writes the declaration of inner (a declarator text) with type t.
func declString(t *Type, inner string) string {
	switch t.Kind {
	case Pointer:
		if t.Elem != nil && (t.Elem.Kind == Array || t.Elem.Kind == Func) {
			return declString(t.Elem, "(*"+inner+")")
		}
		return declString(t.Elem, "*"+inner)
	case Array:
		n := ""
		if t.Len >= 0 {
			n = fmt.Sprint(t.Len)
		}
		return declString(t.Elem, inner+"["+n+"]")
	case Func:
		var ps []string
		for _, p := range t.Params {
			ps = append(ps, p.String())
		}
		if t.Variadic {
			ps = append(ps, "...")
		}
		if len(ps) == 0 {
			ps = []string{"void"}
		}
		return declString(t.Elem, inner+"("+strings.Join(ps, ", ")+")")
	}
	name := t.Spelling()
	if name == "" {
		switch t.Kind {
		case Struct:
			name = "struct {...}"
		case Union:
			name = "union {...}"
		case Enum:
			name = "enum {...}"
		default:
			name = t.Kind.String()
		}
	}
	if inner == "" {
		return name
	}
	return name + " " + inner
}

// describe is a type for messages: its C text, quoted when useful.
func describe(t *Type) string {
	if t == nil {
		return "nothing"
	}
	return t.String()
}

// suggest returns "; did you mean X?" for the candidate closest to name,
// the candidates themselves when there are few, or "".
func suggest(name string, candidates []string) string {
	if best := diag.Closest(name, candidates); best != "" {
		return "; did you mean " + best + "?"
	}
	if len(candidates) > 0 && len(candidates) <= 8 {
		sorted := append([]string(nil), candidates...)
		sort.Strings(sorted)
		return "; it has " + strings.Join(sorted, ", ")
	}
	return ""
}
