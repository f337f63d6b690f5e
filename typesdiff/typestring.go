package typesdiff

import (
	"fmt"
	"sort"
	"strings"
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
// or "" when none is close.
func suggest(name string, candidates []string) string {
	sort.Strings(candidates)
	best, bestD := "", len(name)/2+2
	for _, c := range candidates {
		if d := editDistance(name, c); d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" {
		if len(candidates) > 0 && len(candidates) <= 8 {
			return "; it has " + strings.Join(candidates, ", ")
		}
		return ""
	}
	return "; did you mean " + best + "?"
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
