package gogen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// maxAlign is the largest alignment a Go type can have on the hosts
// xfgen supports (amd64, arm64): no Go type is aligned beyond 8 bytes.
const maxAlign = 8

// version is one program version as the generated package writes it:
// the Go name of every type the globals reach, how each struct is laid
// out, and the globals' fields.
type version struct {
	prefix string // "Old" or "New"
	prog   *typesdiff.Program
	names  map[*typesdiff.Type]string
	// order lists every struct, union, enum and typedef to emit, in the
	// order they were named.
	order   []*typesdiff.Type
	consts  map[*typesdiff.Enumerator]string
	layouts map[*typesdiff.Type]*layout
	vars    []*typesdiff.Var // sorted by key
	varName map[*typesdiff.Var]string
}

// reach is a type met on the walk from the globals, with what an
// anonymous one is named after.
type reach struct {
	t    *typesdiff.Type
	hint string // Camel suffix after the enclosing type's name, or a global's name
	from *typesdiff.Type
}

// newVersion names every type of p that its globals (and extra, the
// types user code names) reach, claiming package-level names in pkg.
func newVersion(p *typesdiff.Program, prefix string, extra []*typesdiff.Type, pkg scope) *version {
	v := &version{prefix: prefix, prog: p, names: map[*typesdiff.Type]string{}, consts: map[*typesdiff.Enumerator]string{},
		layouts: map[*typesdiff.Type]*layout{}, varName: map[*typesdiff.Var]string{}}
	keys := make([]string, 0, len(p.Vars))
	for k := range p.Vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var walk []reach
	seen := map[*typesdiff.Type]bool{}
	for _, k := range keys {
		vr := p.Vars[k]
		v.vars = append(v.vars, vr)
		walk = collect(walk, vr.Type, camel(vr.Name), nil, seen)
	}
	for _, t := range extra {
		walk = collect(walk, t, "Type", nil, seen)
	}
	var tags, typedefs []*typesdiff.Type
	for _, r := range walk {
		switch {
		case r.t.Kind == typesdiff.Typedef:
			typedefs = append(typedefs, r.t)
		case r.t.Name != "":
			tags = append(tags, r.t)
		}
	}
	bySpelling := func(ts []*typesdiff.Type) {
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].Spelling() < ts[j].Spelling() })
	}
	bySpelling(tags)
	bySpelling(typedefs)
	for _, t := range tags {
		v.name(t, pkg.claim(prefix+camel(t.Name)))
	}
	for _, t := range typedefs {
		want := prefix + camel(t.Name)
		if scalarSystem(t) {
			continue // uint32_t is written uint32
		}
		e := t.Elem
		if e != nil && isRecordOrEnum(e) && e.Name == "" && v.names[e] == "" {
			// typedef struct { ... } conn_t: the struct is OldConnT.
			v.name(e, pkg.claim(want))
			continue
		}
		if e != nil && v.names[e] == want {
			continue // typedef struct conn conn: the same name, no alias
		}
		v.name(t, pkg.claim(want))
	}
	for _, r := range walk {
		if v.names[r.t] != "" || r.t.Kind == typesdiff.Typedef {
			continue
		}
		base := prefix + r.hint
		if r.from != nil {
			base = v.names[r.from] + r.hint
		}
		v.name(r.t, pkg.claim(base))
	}
	for _, t := range v.order {
		if t.Kind == typesdiff.Enum {
			for _, e := range t.Enumerators {
				v.consts[e] = pkg.claim(prefix + camel(e.Name))
			}
		}
	}
	globals := scope{}
	for _, vr := range v.vars {
		v.varName[vr] = globals.claim(globalName(vr))
	}
	for _, t := range v.order {
		if (t.Kind == typesdiff.Struct || t.Kind == typesdiff.Union) && !t.Incomplete {
			v.layouts[t] = v.layOut(t)
		}
	}
	return v
}

func (v *version) name(t *typesdiff.Type, n string) {
	v.names[t] = n
	v.order = append(v.order, t)
}

// globalName is the field of OldGlobals or NewGlobals a variable is:
// Camel of its name, and for statics the file ("conn.c/count" →
// ConnC_Count) and the function ("conn.c/serve#hits" →
// ConnC_Serve_Hits) before it, joined by underscores, which Camel names
// never hold before a letter.
func globalName(v *typesdiff.Var) string {
	if v.File == "" {
		return camel(v.Name)
	}
	parts := []string{camel(v.File)}
	if v.Func != "" {
		parts = append(parts, camel(v.Func))
	}
	return strings.Join(append(parts, camel(v.Name)), "_")
}

// collect appends to walk every struct, union, enum and typedef t
// reaches that seen does not hold yet, depth first. hint and from say
// what an anonymous type met there is named after.
func collect(walk []reach, t *typesdiff.Type, hint string, from *typesdiff.Type, seen map[*typesdiff.Type]bool) []reach {
	for t != nil && !seen[t] {
		switch t.Kind {
		case typesdiff.Pointer:
			if u := t.Elem.Underlying(); u == nil || u.Kind == typesdiff.Func || u.Kind == typesdiff.Void {
				return walk // uintptr, unsafe.Pointer
			}
			t = t.Elem
			continue
		case typesdiff.Array:
			t = t.Elem
			continue
		case typesdiff.Typedef:
			seen[t] = true
			walk = append(walk, reach{t: t})
			t = t.Elem
			continue
		case typesdiff.Struct, typesdiff.Union, typesdiff.Enum:
			seen[t] = true
			walk = append(walk, reach{t: t, hint: hint, from: from})
			for i, f := range t.Fields {
				h := camel(f.Name)
				if f.Name == "" {
					h = fmt.Sprintf("Anon%d", i)
				}
				walk = collect(walk, f.Type, h, t, seen)
			}
		}
		return walk
	}
	return walk
}

func isRecordOrEnum(t *typesdiff.Type) bool {
	return t.Kind == typesdiff.Struct || t.Kind == typesdiff.Union || t.Kind == typesdiff.Enum
}

// scalarSystem reports a system typedef of an integer or floating type
// (uint32_t, size_t): Go writes it as its basic type.
func scalarSystem(t *typesdiff.Type) bool {
	if t.Kind != typesdiff.Typedef || !t.System {
		return false
	}
	u := t.Underlying()
	return u != nil && (u.Kind == typesdiff.Int || u.Kind == typesdiff.Float)
}

// goType is the Go spelling of t.
func (v *version) goType(t *typesdiff.Type) string {
	if t == nil {
		return "struct{}"
	}
	switch t.Kind {
	case typesdiff.Int:
		if t.Size > 8 {
			return "[2]uint64" // __int128: its bytes
		}
		s := fmt.Sprintf("int%d", t.Size*8)
		if !t.Signed {
			s = "u" + s
		}
		return s
	case typesdiff.Float:
		switch t.Size {
		case 4:
			return "float32"
		case 8:
			return "float64"
		}
		return "[2]uint64" // long double: its bytes
	case typesdiff.Pointer:
		u := t.Elem.Underlying()
		switch {
		case u == nil || u.Kind == typesdiff.Void:
			return "unsafe.Pointer"
		case u.Kind == typesdiff.Func:
			return "uintptr"
		}
		return "*" + v.goType(t.Elem)
	case typesdiff.Array:
		return fmt.Sprintf("[%d]%s", max(t.Len, 0), v.goType(t.Elem))
	case typesdiff.Typedef:
		if n := v.names[t]; n != "" {
			return n
		}
		return v.goType(t.Elem)
	case typesdiff.Struct, typesdiff.Union, typesdiff.Enum:
		return v.names[t]
	}
	return "struct{}" // void, a function: nothing Go holds by value
}

// goAlign is the alignment Go gives goType(t): the C alignment, capped
// at what Go can express.
func goAlign(t *typesdiff.Type) int64 {
	for t != nil && (t.Kind == typesdiff.Typedef || t.Kind == typesdiff.Array) {
		t = t.Elem
	}
	if t == nil {
		return 1
	}
	switch t.Kind {
	case typesdiff.Pointer:
		return maxAlign
	case typesdiff.Int, typesdiff.Float, typesdiff.Enum:
		return min(max(t.Size, 1), maxAlign)
	}
	return min(max(t.Align, 1), maxAlign)
}

// goSize is the size of goType(t), which is the C size of what it
// spells (a typedef's being its target's).
func goSize(t *typesdiff.Type) int64 {
	if t == nil {
		return 0
	}
	switch t.Kind {
	case typesdiff.Typedef:
		return goSize(t.Elem)
	case typesdiff.Array:
		return max(t.Len, 0) * goSize(t.Elem)
	}
	return t.Size
}
