package gogen

import (
	"fmt"
	"strings"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// emitTypes writes the definitions of every type of the version and
// its Globals struct.
func (v *version) emitTypes(b *strings.Builder) {
	for _, t := range v.order {
		switch t.Kind {
		case typesdiff.Typedef:
			fmt.Fprintf(b, "// %s is typedef %s of the %s version.\ntype %s = %s\n\n", v.names[t], t.Name, v.label(), v.names[t], v.goType(t.Elem))
		case typesdiff.Enum:
			v.emitEnum(b, t)
		case typesdiff.Struct, typesdiff.Union:
			v.emitRecord(b, t)
		}
	}
	fmt.Fprintf(b, "// %sGlobals holds the %s version's global variables.\ntype %sGlobals struct {\n", v.prefix, v.label(), v.prefix)
	for _, vr := range v.vars {
		fmt.Fprintf(b, "%s %s // %s\n", v.varName[vr], v.goType(vr.Type), vr.Key)
	}
	b.WriteString("}\n\n")
}

func (v *version) label() string { return strings.ToLower(v.prefix) }

// cName is how the doc comment of a type names its C original.
func cName(t *typesdiff.Type) string {
	if s := t.Spelling(); s != "" {
		return s
	}
	return "an anonymous " + t.Kind.String()
}

func (v *version) emitEnum(b *strings.Builder, t *typesdiff.Type) {
	n := v.names[t]
	base := fmt.Sprintf("int%d", t.Size*8)
	if !t.Signed {
		base = "u" + base
	}
	fmt.Fprintf(b, "// %s is %s of the %s version.\ntype %s %s\n\n", n, cName(t), v.label(), n, base)
	if len(t.Enumerators) == 0 {
		return
	}
	b.WriteString("const (\n")
	for _, e := range t.Enumerators {
		fmt.Fprintf(b, "%s %s = %d // %s\n", v.consts[e], n, e.Value, e.Name)
	}
	b.WriteString(")\n\n")
}

func (v *version) emitRecord(b *strings.Builder, t *typesdiff.Type) {
	n := v.names[t]
	if t.Incomplete {
		fmt.Fprintf(b, "// %s is %s of the %s version, declared but not defined: only pointers to it exist.\ntype %s struct{}\n\n", n, cName(t), v.label(), n)
		return
	}
	l := v.layouts[t]
	fmt.Fprintf(b, "// %s is %s of the %s version (%d bytes, aligned to %d in C).\ntype %s struct {\n", n, cName(t), v.label(), t.Size, t.Align, n)
	for _, line := range l.body {
		b.WriteString(line + "\n")
	}
	b.WriteString("}\n\n")
	for _, m := range l.methods {
		b.WriteString(m + "\n\n")
	}
}
