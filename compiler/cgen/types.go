package cgen

import (
	"fmt"
	"github.com/xfgen-dev/xfgen/compiler"
	"sort"
	"strings"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// namer gives the types of one version their prefixed names in the
// generated file ("struct xf_old_conn", "xf_old_conn_t") and emits
// their definitions.
type namer struct {
	prefix string // "xf_old_"; "" when the version keeps its own names
	// anonPrefix starts the names made up for anonymous types, which
	// must not clash with the program's even without a prefix.
	anonPrefix string
	label      string // "old", for comments and assertions
	names      map[*typesdiff.Type]string
	order      []*typesdiff.Type // every named type to emit, deterministic
	anon       int
	heads      map[string]bool // system headers the emitted types need
}

func newNamer(p *typesdiff.Program, prefix, anonPrefix, label string, extra []*typesdiff.Type) *namer {
	extra = append([]*typesdiff.Type(nil), extra...)
	n := &namer{prefix: prefix, anonPrefix: anonPrefix, label: label, names: map[*typesdiff.Type]string{}, heads: map[string]bool{}}
	keys := make([]string, 0, len(p.Types))
	for k := range p.Types {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Typedefs first, so an anonymous struct takes its typedef's name.
	for _, k := range keys {
		if t := p.Types[k]; t.Kind == typesdiff.Typedef && !t.SystemNamed() {
			if u := t.Elem; u != nil && u.Spelling() == "" && !u.SystemNamed() && (u.Kind == typesdiff.Struct || u.Kind == typesdiff.Union || u.Kind == typesdiff.Enum) {
				if _, ok := n.names[u]; !ok {
					n.names[u] = prefix + t.Name
				}
			}
		}
	}
	// Only what the state reaches, and what user code names, is emitted:
	// a header's other types (some from compiler internals) are not
	// needed and may not even be expressible.
	seen := map[*typesdiff.Type]bool{}
	for _, v := range p.SortedVars() {
		n.visit(v.Type, seen)
	}
	for _, t := range extra {
		n.visit(t, seen)
	}
	return n
}

// visit names t and everything it reaches.
func (n *namer) visit(t *typesdiff.Type, seen map[*typesdiff.Type]bool) {
	for t != nil && !seen[t] {
		seen[t] = true
		if t.SystemNamed() {
			if t.Header != "" {
				n.heads[t.Header] = true
			}
			return
		}
		switch t.Kind {
		case typesdiff.Struct, typesdiff.Union, typesdiff.Enum, typesdiff.Typedef:
			if _, ok := n.names[t]; !ok {
				if t.Name != "" {
					n.names[t] = n.prefix + t.Name
				} else {
					n.anon++
					n.names[t] = fmt.Sprintf("%sanon_%d", n.anonPrefix, n.anon)
				}
			}
			n.order = append(n.order, t)
		}
		for _, f := range t.Fields {
			n.visit(f.Type, seen)
		}
		for _, p := range t.Params {
			n.visit(p, seen)
		}
		t = t.Elem
	}
}

// spell is the name of t as a type specifier: "struct xf_old_conn",
// "xf_old_conn_t", "unsigned int", "pthread_mutex_t".
func (n *namer) spell(t *typesdiff.Type) string {
	if t == nil {
		return "void"
	}
	if t.SystemNamed() {
		return t.Spelling()
	}
	switch t.Kind {
	case typesdiff.Struct:
		return "struct " + n.names[t]
	case typesdiff.Union:
		return "union " + n.names[t]
	case typesdiff.Enum:
		return "enum " + n.names[t]
	case typesdiff.Typedef:
		return n.names[t]
	case typesdiff.Void:
		return "void"
	case typesdiff.Int, typesdiff.Float:
		if t.Name != "" {
			return t.Name
		}
		return intName(t)
	}
	return "void"
}

func intName(t *typesdiff.Type) string {
	if t.Kind == typesdiff.Float {
		return map[int64]string{4: "float", 8: "double"}[t.Size]
	}
	s := map[int64]string{1: "char", 2: "short", 4: "int", 8: "long long"}[t.Size]
	if !t.Signed {
		s = "unsigned " + s
	} else if t.Size == 1 {
		s = "signed char"
	}
	return s
}

// decl declares inner (a name, or "" / "(*)" for an abstract
// declarator) with type t.
func (n *namer) decl(t *typesdiff.Type, inner string) string {
	if t == nil {
		return join("void", inner)
	}
	switch t.Kind {
	case typesdiff.Pointer:
		if e := t.Elem; e != nil && (e.Kind == typesdiff.Array || e.Kind == typesdiff.Func) {
			return n.decl(e, "(*"+inner+")")
		}
		return n.decl(t.Elem, "*"+inner)
	case typesdiff.Array:
		if t.Len < 0 {
			return n.decl(t.Elem, inner+"[]")
		}
		return n.decl(t.Elem, fmt.Sprintf("%s[%d]", inner, t.Len))
	case typesdiff.Func:
		var ps []string
		for _, p := range t.Params {
			ps = append(ps, n.decl(p, ""))
		}
		if t.Variadic {
			ps = append(ps, "...")
		}
		if len(ps) == 0 {
			ps = []string{"void"}
		}
		return n.decl(t.Elem, inner+"("+strings.Join(ps, ", ")+")")
	}
	return join(n.spell(t), inner)
}

func join(spec, inner string) string {
	if inner == "" {
		return spec
	}
	if strings.HasPrefix(inner, "*") || strings.HasPrefix(inner, "(") {
		return spec + " " + inner
	}
	return spec + " " + inner
}

// castTo is a pointer cast to t: "(struct xf_old_conn (*))".
func (n *namer) ptrType(t *typesdiff.Type) string { return n.decl(t, "(*)") }

// emit writes the definitions of every named type of the version, in an
// order C accepts, then the layout assertions.
func (n *namer) emit(w *writer) {
	w.line("/* ---- types of the %s version ---- */", n.label)
	for _, t := range n.order {
		if (t.Kind == typesdiff.Struct || t.Kind == typesdiff.Union) && !t.SystemNamed() {
			w.line("%s;", n.spell(t))
		}
	}
	for _, t := range n.order {
		if t.Kind == typesdiff.Enum {
			n.emitEnum(w, t)
		}
	}
	// The layouts are the program's: what gcc would say of them (a
	// packed struct holding an over-aligned one) is the program's
	// business, not a reason to stop building the migration.
	w.line("#pragma GCC diagnostic push")
	w.line("#pragma GCC diagnostic ignored \"-Wpacked-not-aligned\"")
	w.line("#pragma GCC diagnostic ignored \"-Wpacked-bitfield-compat\"")
	state := map[*typesdiff.Type]int{}
	for _, t := range n.order {
		n.define(w, t, state)
	}
	w.line("#pragma GCC diagnostic pop")
	for _, t := range n.order {
		n.emitAsserts(w, t)
	}
	w.line("")
}

func (n *namer) emitEnum(w *writer, t *typesdiff.Type) {
	var items []string
	for _, e := range t.Enumerators {
		items = append(items, fmt.Sprintf("%s%s = %d", n.prefix, e.Name, e.Value))
	}
	if len(items) == 0 {
		items = []string{n.names[t] + "__none"}
	}
	attr := ""
	if t.Packed {
		attr = " __attribute__((packed))"
	}
	w.line("enum%s %s { %s };", attr, n.names[t], strings.Join(items, ", "))
}

// define emits t after what its definition needs: typedefs it names and
// complete types of what it holds by value.
func (n *namer) define(w *writer, t *typesdiff.Type, state map[*typesdiff.Type]int) {
	if t == nil || t.SystemNamed() || state[t] != 0 {
		return
	}
	switch t.Kind {
	case typesdiff.Typedef:
		state[t] = 1
		n.deps(w, t.Elem, false, state)
		w.line("typedef %s;", n.decl(t.Elem, n.names[t]))
		state[t] = 2
	case typesdiff.Struct, typesdiff.Union:
		if t.Incomplete {
			return
		}
		state[t] = 1
		for _, f := range t.Fields {
			n.deps(w, f.Type, true, state)
		}
		kw := "struct"
		if t.Kind == typesdiff.Union {
			kw = "union"
		}
		if t.Pack > 0 {
			// The #pragma pack(N) the program's definition was under.
			w.line("#pragma pack(push, %d)", t.Pack)
		}
		w.line("%s %s {", kw, n.names[t])
		emitted := n.emitFields(w, t)
		var attrs []string
		if t.Packed {
			attrs = append(attrs, "packed")
		}
		if a := t.Aligned; a > 0 || t.Align > emitted {
			if a == 0 {
				a = t.Align
			}
			attrs = append(attrs, fmt.Sprintf("aligned(%d)", a))
		}
		if len(attrs) > 0 {
			w.line("} __attribute__((%s));", strings.Join(attrs, ", "))
		} else {
			w.line("};")
		}
		if t.Pack > 0 {
			w.line("#pragma pack(pop)")
		}
		state[t] = 2
	}
}

// deps defines what a declaration of type t needs; complete says
// whether t itself must be complete (held by value).
func (n *namer) deps(w *writer, t *typesdiff.Type, complete bool, state map[*typesdiff.Type]int) {
	for t != nil && !t.SystemNamed() {
		switch t.Kind {
		case typesdiff.Typedef:
			if state[t] == 0 {
				n.define(w, t, state)
			}
			if complete {
				n.deps(w, t.Elem, true, state)
			}
			return
		case typesdiff.Struct, typesdiff.Union:
			if complete && state[t] == 0 {
				n.define(w, t, state)
			}
			return
		case typesdiff.Pointer:
			complete = false
		case typesdiff.Array:
			complete = true
		case typesdiff.Func:
			for _, p := range t.Params {
				n.deps(w, p, false, state)
			}
			complete = false
		default:
			return
		}
		t = t.Elem
	}
}

// fieldCName is the member's name in the generated struct: anonymous
// members get a name, since their type is emitted under a name too.
// emitFields writes the members of t so that each lands where the
// model has it. Most land there by C's own rules; what the model keeps
// only as positions is rebuilt: padding bitfields the program wrote
// (unnamed, so not in the model) and members packed on their own.
//
// It returns the alignment C gives the members as emitted, for the
// caller to raise to the model's with aligned(N).
func (n *namer) emitFields(w *writer, t *typesdiff.Type) int64 {
	var bit int64 // where the fields emitted so far end, in bits
	align := int64(1)
	for i, f := range t.Fields {
		name := fieldCName(f, i)
		if f.BitWidth > 0 || (f.Name == "" && !f.Type.IsRecord()) {
			attr := ""
			if t.Kind == typesdiff.Struct {
				n.bitPadding(w, f, bit)
				p, unit := f.Offset*8+int64(f.BitOff), f.Type.Size*8
				if unit > 0 && p/unit != (p+int64(f.BitWidth)-1)/unit {
					// It straddles a unit of its type, as bitfields do
					// under #pragma pack: packed, C leaves it there.
					attr = " __attribute__((packed))"
				}
			}
			w.line("\t%s : %d%s;", n.decl(f.Type, name), f.BitWidth, attr)
			bit = f.Offset*8 + int64(f.BitOff) + int64(f.BitWidth)
			if attr == "" && f.Name != "" {
				align = max(align, memberAlign(t, f))
			}
			continue
		}
		var attrs []string
		ma := memberAlign(t, f)
		if t.Kind == typesdiff.Struct {
			want := f.Offset * 8
			at := alignUp(bit, ma*8) // where C would put it
			if want%(ma*8) != 0 || want < at {
				// Packed on its own: __attribute__((packed)) on the member.
				attrs = append(attrs, "packed")
				at = alignUp(bit, 8)
				ma = max(f.Aligned, 1)
			}
			if want > at {
				n.bytePadding(w, bit, want)
			}
		}
		align = max(align, ma)
		if f.Aligned > 0 {
			// _Alignas or aligned(N) on the member itself.
			attrs = append(attrs, fmt.Sprintf("aligned(%d)", f.Aligned))
		}
		if len(attrs) > 0 {
			w.line("\t%s __attribute__((%s));", n.decl(f.Type, name), strings.Join(attrs, ", "))
		} else {
			w.line("\t%s;", n.decl(f.Type, name))
		}
		bit = (f.Offset + f.Type.Size) * 8
	}
	return align
}

// memberAlign is the alignment C gives member f of t: its type's, or
// what the member's own attribute asks, capped by the struct's packing.
func memberAlign(t *typesdiff.Type, f *typesdiff.Field) int64 {
	a := max(f.Type.Align, f.Aligned, 1)
	switch {
	case t.Packed && f.Aligned == 0:
		a = 1
	case t.Pack > 0 && a > t.Pack:
		a = t.Pack
	}
	return a
}

func alignUp(v, a int64) int64 {
	if a <= 1 {
		return v
	}
	return (v + a - 1) / a * a
}

// bytePadding emits unnamed char bitfields from bit to want: padding
// the model knows only as a gap before the next member.
func (n *namer) bytePadding(w *writer, bit, want int64) {
	for bit < want {
		k := min(want-bit, 8-bit%8)
		w.line("\tunsigned char : %d;", k)
		bit += k
	}
}

// bitPadding emits the unnamed bitfields that put bitfield f where the
// headers have it when the fields before it end at bit: the model keeps
// only named fields, so padding the program wrote (`unsigned : 2;`,
// `unsigned : 0;`) is rebuilt from f's position. Each piece stays inside
// one storage unit of f's type, so none is moved by the layout rules.
func (n *namer) bitPadding(w *writer, f *typesdiff.Field, bit int64) {
	unit := f.Type.Size * 8
	if unit <= 0 {
		return
	}
	for want := f.Offset*8 + int64(f.BitOff); bit < want; {
		k := min(want-bit, unit-bit%unit)
		w.line("\t%s : %d;", n.decl(f.Type, ""), k)
		bit += k
	}
}

func fieldCName(f *typesdiff.Field, i int) string {
	if f.Name != "" {
		return f.Name
	}
	if f.Type.IsRecord() {
		return fmt.Sprintf("xf_anon%d", i)
	}
	return ""
}

// emitAsserts checks at compile time that the emitted layout is the one
// the headers gave.
func (n *namer) emitAsserts(w *writer, t *typesdiff.Type) {
	if t.SystemNamed() || t.Size <= 0 || t.Underlying() == nil || t.Underlying().Incomplete {
		return
	}
	u := t.Underlying()
	if u.Kind == typesdiff.Func || u.Kind == typesdiff.Void || (u.Kind == typesdiff.Array && u.Len < 0) {
		return
	}
	name := n.spell(t)
	w.line("_Static_assert(sizeof(%s) == %d, \"%s: %s has the size the %s headers give\");", name, t.Size, n.label, cquote(typeLabel(t)), n.label)
	if t.Kind != typesdiff.Struct && t.Kind != typesdiff.Union {
		return
	}
	for i, f := range t.Fields {
		if f.BitWidth > 0 || (f.Name == "" && !f.Type.IsRecord()) {
			continue
		}
		w.line("_Static_assert(offsetof(%s, %s) == %d, \"%s: %s.%s is where the %s headers put it\");", name, fieldCName(f, i), f.Offset, n.label, cquote(typeLabel(t)), compiler.FieldName(f), n.label)
	}
}

func typeLabel(t *typesdiff.Type) string {
	if s := t.Spelling(); s != "" {
		return s
	}
	return "an anonymous " + t.Kind.String()
}

// cquote escapes s for a C string literal.
func cquote(s string) string { return cquoter.Replace(s) }

var cquoter = strings.NewReplacer("\\", "\\\\", "\"", "\\\"", "\n", "\\n")
