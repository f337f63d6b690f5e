package evolve

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Files are the texts of one case, by file name.
type Files map[string]string

// Write writes the files into dir, which it creates.
func (f Files) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, text := range f {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Render gives the case's files: old.h, new.h, old.c, new.c and
// spec.xf. checkH is how the C files include the suite's check.h.
// Sabotage, when >= 0, makes the old program aim the pointer of that
// ordinal (in the order Pointers lists them) at another place than the
// checks expect: the checks must then fail.
func (c *Case) Render(checkH string, sabotage int) Files {
	f := Files{
		"old.h":   c.header(false),
		"new.h":   c.header(true),
		"old.c":   c.oldProgram(sabotage),
		"new.c":   c.newProgram(checkH),
		"spec.xf": c.spec(),
	}
	for _, e := range c.Enums {
		if c.aliased(e) {
			f["expect"] = fmt.Sprintf("# %s names an old value twice, with two new values: a rule must say which.\ncheck-fails: %s\n", aliasName(e), aliasName(e))
		}
	}
	return f
}

// aliased reports whether enum e has its alias in this case: only when
// the variables' types reach the enum, so that xfgen must decide its
// mapping.
func (c *Case) aliased(e *Enum) bool {
	if !e.Alias || len(e.Old) < 2 {
		return false
	}
	seen := map[int]bool{}
	var reaches func(t *Type) bool
	reaches = func(t *Type) bool {
		switch t.K {
		case KEnum:
			return c.Enums[t.Ref] == e
		case KArray:
			return reaches(t.Elem)
		case KStruct, KPtr, KVec, KGen:
			if seen[t.Ref] {
				return false
			}
			seen[t.Ref] = true
			for _, f := range c.Structs[t.Ref].Fields {
				if f.Old != "" && reaches(f.T) {
					return true
				}
			}
		}
		return false
	}
	for _, v := range c.Vars {
		if v.Old != "" && reaches(v.T) {
			return true
		}
	}
	return false
}

func aliasName(e *Enum) string { return strings.ToUpper(e.Tag) + "_OLD" }

func (c *Case) structName(i int, isNew bool) string {
	s := c.Structs[i]
	if s.Typedef {
		return s.Old + "_t"
	}
	if isNew {
		return "struct " + s.New
	}
	return "struct " + s.Old
}

// decl declares d (a declarator) of type t.
func (c *Case) decl(t *Type, d string, isNew bool) string {
	switch t.K {
	case KScalar:
		if isNew {
			return t.NewScalar + " " + d
		}
		return t.Scalar + " " + d
	case KEnum:
		return "enum " + c.Enums[t.Ref].Tag + " " + d
	case KStruct:
		return c.structName(t.Ref, isNew) + " " + d
	case KPtr:
		return c.structName(t.Ref, isNew) + " *" + d
	case KIntPtr:
		return "int *" + d
	case KStr:
		return "char *" + d + " E_SZ"
	case KFn:
		return "int (*" + d + ")(int)"
	case KGen:
		return "struct evolve_box E_G(" + c.structName(t.Ref, isNew) + ") *" + d
	case KUnion:
		return "union evolve_u " + d
	case KArray:
		n := t.Len
		if isNew {
			n = t.NewLen
		}
		return c.decl(t.Elem, fmt.Sprintf("%s[%d]", d, n), isNew)
	}
	panic("evolve: no declaration for kind " + strconv.Itoa(int(t.K)))
}

func (c *Case) header(isNew bool) string {
	var b strings.Builder
	guard, version := "OLD_H", "old"
	if isNew {
		guard, version = "NEW_H", "new"
	}
	fmt.Fprintf(&b, "/* Random evolution case, seed %d: the %s version. */\n", c.Seed, version)
	fmt.Fprintf(&b, "#ifndef %s\n#define %s\n\n#include \"xfgen/annotations.h\"\n\n", guard, guard)
	for i, s := range c.Structs {
		name := s.Old
		if isNew {
			name = s.New
		}
		fmt.Fprintf(&b, "struct %s;\n", name)
		if s.Typedef {
			fmt.Fprintf(&b, "typedef %s %s_t;\n", "struct "+name, s.Old)
		}
		_ = i
	}
	for _, e := range c.Enums {
		names := e.Old
		if isNew {
			names = e.New
		}
		if c.aliased(e) {
			if isNew {
				names = append(slices.Clone(names), aliasName(e))
			} else {
				names = append(slices.Clone(names), aliasName(e)+" = "+e.Old[1])
			}
		}
		fmt.Fprintf(&b, "enum %s { %s };\n", e.Tag, strings.Join(names, ", "))
	}
	b.WriteString("union evolve_u { int i; float f; };\n\n")
	if c.usesGeneric() {
		b.WriteString("struct evolve_box {\n\tvoid E_T(@t) *data;\n\tstruct evolve_box E_G(@t) *next;\n} E_GENERIC(@t);\n\n")
	}
	for _, s := range c.Structs {
		name := s.Old
		if isNew {
			name = s.New
		}
		fmt.Fprintf(&b, "struct %s {\n", name)
		if isNew {
			for _, i := range s.Order {
				c.fieldDecl(&b, s.Fields[i], s.Fields[i].New, true)
			}
		} else {
			for _, f := range s.Fields {
				if f.Old != "" {
					c.fieldDecl(&b, f, f.Old, false)
				}
			}
		}
		if s.Owned {
			b.WriteString("} E_OWNED;\n\n")
			continue
		}
		b.WriteString("};\n\n")
	}
	for _, fn := range fnNames {
		fmt.Fprintf(&b, "int %s(int x);\n", fn)
	}
	for _, v := range c.Vars {
		if name := v.name(isNew); name != "" {
			fmt.Fprintf(&b, "extern %s;\n", c.decl(v.T, name, isNew))
		}
	}
	fmt.Fprintf(&b, "\n#endif\n")
	return b.String()
}

func (v *Var) name(isNew bool) string {
	if isNew {
		return v.New
	}
	return v.Old
}

func (c *Case) fieldDecl(b *strings.Builder, f *Field, name string, isNew bool) {
	if f.Ignore {
		fmt.Fprintf(b, "\t%s E_IGNORE;\n", c.decl(f.T, name, isNew))
		return
	}
	if f.T.K != KVec {
		fmt.Fprintf(b, "\t%s;\n", c.decl(f.T, name, isNew))
		return
	}
	elem := c.structName(f.T.Ref, isNew)
	count := fmt.Sprintf("\tint %s_n;\n", name)
	if !f.T.CountAfter {
		b.WriteString(count)
	}
	fmt.Fprintf(b, "\t%s *%s E_PTRARRAY(%s_n);\n", elem, name, name)
	fmt.Fprintf(b, "\t%s *%s_end;\n", elem, name)
	if f.T.CountAfter {
		b.WriteString(count)
	}
}

// base is the lvalue of an object in the old or new program.
func (c *Case) base(o *Obj, isNew bool) string {
	if o.Var >= 0 {
		return c.Vars[o.Var].name(isNew)
	}
	p := fmt.Sprintf("h%d", o.ID)
	if isNew {
		p = fmt.Sprintf("o%d", o.ID)
	}
	if o.Count > 0 {
		return p
	}
	return "(*" + p + ")"
}

func (c *Case) targetExpr(tg Target, isNew bool) string {
	loc, ok := c.findLoc(tg)
	if tg.Obj < 0 || !ok {
		return "NULL"
	}
	path := loc.OldPath
	if isNew {
		path = loc.NewPath
	}
	return "&" + c.base(c.Obj(tg.Obj), isNew) + path
}

// value is the old value of a scalar leaf, as a C literal.
func (c *Case) value(o *Obj, l Leaf) string {
	h := c.hash(o.ID, l.Key)
	switch l.T.Scalar {
	case "signed char":
		return strconv.Itoa(int(h%201) - 100)
	case "unsigned int":
		return strconv.Itoa(int(h%40000)) + "u"
	case "float", "double":
		return strconv.Itoa(int(h%2001)-1000) + ".5"
	}
	return strconv.Itoa(int(h%20001) - 10000)
}

func (c *Case) enumValue(o *Obj, l Leaf) string {
	e := c.Enums[l.T.Ref]
	return e.Old[c.hash(o.ID, l.Key)%uint64(len(e.Old))]
}

// vecTarget is the block that a KVec leaf's pointer reaches, if any.
func (c *Case) vecBlock(o *Obj, l Leaf) *Obj {
	items := strings.TrimSuffix(strings.TrimSuffix(l.Key, "_n"), "_end")
	if l.Role == "items" {
		items = l.Key
	}
	tg, ok := c.Ptrs[ptrKey(o.ID, items)]
	if !ok {
		return nil
	}
	b := c.Obj(tg.Obj)
	if b == nil || b.Count == 0 || tg.Loc != "[0]" {
		return nil
	}
	return b
}

// A pointer is one pointer leaf with its target, in Render's order.
type pointer struct {
	obj  *Obj
	leaf Leaf
	tg   Target
}

func (c *Case) pointers() []pointer {
	var out []pointer
	for _, o := range c.Objs {
		for _, l := range c.Leaves(c.objType(o)) {
			if !l.InOld || (l.T.K != KPtr && l.T.K != KIntPtr) {
				continue
			}
			if tg, ok := c.Ptrs[ptrKey(o.ID, l.Key)]; ok {
				if _, ok := c.findLoc(tg); ok {
					out = append(out, pointer{o, l, tg})
				}
			}
		}
	}
	return out
}

func (c *Case) oldProgram(sabotage int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "/* Random evolution case, seed %d: the old program builds its state. */\n", c.Seed)
	fmt.Fprintf(&b, "#include <stdlib.h>\n#include \"old.h\"\n\n")
	c.commonDefs(&b, false)
	if c.usesGeneric() {
		b.WriteString("__attribute__((unused)) static struct evolve_box *evolve_push(void *data, struct evolve_box *next)\n{\n")
		b.WriteString("\tstruct evolve_box *b = calloc(1, sizeof *b);\n\tif (b == NULL)\n\t\tabort();\n")
		b.WriteString("\tb->data = data;\n\tb->next = next;\n\treturn b;\n}\n\n")
	}
	for _, o := range c.Objs {
		if o.Var < 0 {
			fmt.Fprintf(&b, "static %s *h%d;\n", c.structName(o.Struct, false), o.ID)
		}
	}
	b.WriteString("\nvoid test_setup(void)\n{\n")
	for _, o := range c.Objs {
		if o.Var < 0 {
			fmt.Fprintf(&b, "\th%d = calloc(%d, sizeof *h%d);\n\tif (h%d == NULL)\n\t\tabort();\n", o.ID, max(o.Count, 1), o.ID, o.ID)
		}
	}
	wrong := map[string]string{}
	if ps := c.pointers(); sabotage >= 0 && len(ps) > 0 {
		p := ps[sabotage%len(ps)]
		wrong[ptrKey(p.obj.ID, p.leaf.Key)] = c.otherTarget(p)
	}
	for _, o := range c.Objs {
		bs := c.base(o, false)
		for _, l := range c.Leaves(c.objType(o)) {
			if !l.InOld {
				continue
			}
			lv := bs + l.OldPath
			k := ptrKey(o.ID, l.Key)
			var val string
			switch l.T.K {
			case KScalar:
				val = c.value(o, l)
			case KEnum:
				val = c.enumValue(o, l)
			case KUnion:
				lv += ".i"
				val = c.value(o, Leaf{Key: l.Key, T: &Type{K: KScalar, Scalar: "int"}})
			case KStr:
				if s, ok := c.Strs[k]; ok {
					val = strconv.Quote(s)
				}
			case KFn:
				if f, ok := c.Fns[k]; ok {
					val = fnNames[f]
				}
			case KGen:
				if bs, ok := c.Boxes[k]; ok {
					val = "NULL"
					for i := len(bs) - 1; i >= 0; i-- {
						val = fmt.Sprintf("evolve_push(%s, %s)", c.targetExpr(bs[i], false), val)
					}
				}
			case KPtr, KIntPtr:
				val = c.targetExpr(c.ptr(k), false)
				if w, ok := wrong[k]; ok {
					val = w
				}
			case KVec:
				blk := c.vecBlock(o, l)
				switch {
				case blk == nil:
				case l.Role == "n":
					val = strconv.Itoa(blk.Count)
				case l.Role == "items":
					val = c.base(blk, false)
				default:
					val = fmt.Sprintf("%s + %d", c.base(blk, false), blk.Count)
				}
			}
			if val != "" {
				fmt.Fprintf(&b, "\t%s = %s;\n", lv, val)
			}
		}
	}
	b.WriteString("}\n")
	return b.String()
}

func (c *Case) ptr(k string) Target {
	if tg, ok := c.Ptrs[k]; ok {
		return tg
	}
	return Target{Obj: -1}
}

// otherTarget is a place of p's type other than p's target, or NULL:
// in a single heap object, which every migration handles, so that
// only the checks can notice the change.
func (c *Case) otherTarget(p pointer) string {
	want := -1
	if p.leaf.T.K == KPtr {
		want = p.leaf.T.Ref
	}
	for _, o := range c.Objs {
		if o.Var >= 0 || o.Count > 0 {
			continue
		}
		for _, l := range c.Locations(o) {
			tg := Target{Obj: o.ID, Loc: l.Key}
			if l.Struct == want && !l.OnePast && tg != p.tg {
				return c.targetExpr(tg, false)
			}
		}
	}
	return "NULL"
}

// commonDefs defines the globals and the functions of both versions.
func (c *Case) commonDefs(b *strings.Builder, isNew bool) {
	for _, v := range c.Vars {
		if name := v.name(isNew); name != "" {
			fmt.Fprintf(b, "%s;\n", c.decl(v.T, name, isNew))
		}
	}
	fmt.Fprintf(b, "\nint evolve_fn_inc(int x) { return x + 1; }\n")
	fmt.Fprintf(b, "int evolve_fn_dbl(int x) { return 2 * x; }\n")
	fmt.Fprintf(b, "int evolve_fn_neg(int x) { return -x; }\n\n")
}

func (c *Case) newProgram(checkH string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "/* Random evolution case, seed %d: the new program checks the migrated state. */\n", c.Seed)
	fmt.Fprintf(&b, "#include <stddef.h>\n#include \"new.h\"\n#include %q\n\n", checkH)
	c.commonDefs(&b, true)
	b.WriteString("int test_check(void)\n{\n")
	var heap []*Obj
	for _, o := range c.Objs {
		if o.Var < 0 {
			fmt.Fprintf(&b, "\t%s *o%d;\n", c.structName(o.Struct, true), o.ID)
			heap = append(heap, o)
		}
	}
	if len(heap) > 0 {
		b.WriteString("\n\t/* Find each heap object by the pointer that made it. */\n")
	}
	for _, o := range heap {
		p := c.Obj(o.Parent)
		slot := ""
		for _, l := range c.Leaves(c.objType(p)) {
			if l.Key == o.Slot {
				slot = l.NewPath
			}
		}
		fmt.Fprintf(&b, "\to%d = %s%s;\n", o.ID, c.base(p, true), slot)
		fmt.Fprintf(&b, "\tif (!check_nonnull(\"%s%s\", o%d))\n\t\treturn check_done();\n", c.base(p, true), slot, o.ID)
	}
	if len(heap) > 1 {
		var names []string
		for _, o := range heap {
			names = append(names, fmt.Sprintf("o%d", o.ID))
		}
		fmt.Fprintf(&b, "\t{\n\t\tconst void *objs[] = { %s };\n", strings.Join(names, ", "))
		b.WriteString("\t\tfor (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)\n")
		b.WriteString("\t\t\tfor (size_t j = 0; j < i; j++)\n")
		b.WriteString("\t\t\t\tcheck_distinct(F(\"heap objects %zu and %zu\", j, i), objs[j], objs[i]);\n\t}\n")
	}
	b.WriteString("\n")
	for _, v := range c.Vars {
		if v.Old == "" {
			fmt.Fprintf(&b, "\tcheck_int(%q, %s, %d);\n", v.New, v.New, v.Init)
		}
	}
	for _, o := range c.Objs {
		bs := c.base(o, true)
		for _, l := range c.Leaves(c.objType(o)) {
			if !l.InNew {
				continue
			}
			c.check(&b, o, l, bs+l.NewPath)
		}
	}
	b.WriteString("\treturn check_done();\n}\n")
	return b.String()
}

// check writes the check of one leaf of the new state.
func (c *Case) check(b *strings.Builder, o *Obj, l Leaf, lv string) {
	k := ptrKey(o.ID, l.Key)
	added := !l.InOld
	switch l.T.K {
	case KScalar:
		want := "0"
		switch {
		case added && l.F != nil && l.F.Old == "":
			want = strconv.FormatInt(l.F.Init, 10)
		case l.F != nil && l.F.Ignore:
		case !added:
			want = c.value(o, l)
			if l.F != nil && l.F.AddOne {
				want = "(" + want + ") + 1"
			}
		}
		fn := "check_int"
		switch {
		case !integer(l.T.NewScalar):
			fn = "check_dbl"
		case strings.HasPrefix(l.T.NewScalar, "unsigned"):
			fn = "check_uint"
		}
		fmt.Fprintf(b, "\t%s(%q, %s, %s);\n", fn, lv, lv, want)
	case KEnum:
		want := "0"
		if !added {
			want = c.enumValue(o, l)
		}
		fmt.Fprintf(b, "\tcheck_int(%q, %s, %s);\n", lv, lv, want)
	case KUnion:
		want := "0"
		if !added {
			want = c.value(o, Leaf{Key: l.Key, T: &Type{K: KScalar, Scalar: "int"}})
		}
		fmt.Fprintf(b, "\tcheck_int(%q, %s.i, %s);\n", lv+".i", lv, want)
	case KStr:
		want := "NULL"
		if s, ok := c.Strs[k]; ok && !added {
			want = strconv.Quote(s)
		}
		fmt.Fprintf(b, "\tcheck_str(%q, %s, %s);\n", lv, lv, want)
	case KFn:
		want := "NULL"
		if f, ok := c.Fns[k]; ok && !added {
			want = fnNames[f]
		}
		fmt.Fprintf(b, "\tcheck_int(\"%s == %s\", %s == %s, 1);\n", lv, want, lv, want)
	case KPtr, KIntPtr:
		want := "NULL"
		if !added {
			want = c.targetExpr(c.ptr(k), true)
		}
		fmt.Fprintf(b, "\tcheck_ptr(\"%s (want %s)\", %s, %s);\n", lv, want, lv, want)
	case KGen:
		var bs []Target
		if !added {
			bs = c.Boxes[k]
		}
		// Nested: each box is checked only if the one before exists.
		at, depth := lv, 1
		for _, tg := range bs {
			want := c.targetExpr(tg, true)
			fmt.Fprintf(b, "\t%sif (check_nonnull(%q, %s)) {\n", strings.Repeat("\t", depth-1), at, at)
			fmt.Fprintf(b, "\t%scheck_ptr(\"%s->data (want %s)\", %s->data, %s);\n", strings.Repeat("\t", depth), at, want, at, want)
			at, depth = at+"->next", depth+1
		}
		fmt.Fprintf(b, "\t%scheck_ptr(\"%s (want NULL)\", %s, NULL);\n", strings.Repeat("\t", depth-1), at, at)
		for depth--; depth > 0; depth-- {
			fmt.Fprintf(b, "\t%s}\n", strings.Repeat("\t", depth-1))
		}
	case KVec:
		blk := c.vecBlock(o, l)
		want := "NULL"
		switch {
		case l.Role == "n":
			n := 0
			if blk != nil {
				n = blk.Count
			}
			fmt.Fprintf(b, "\tcheck_int(%q, %s, %d);\n", lv, lv, n)
			return
		case blk == nil:
		case l.Role == "items":
			want = c.base(blk, true)
		default:
			want = fmt.Sprintf("%s + %d", c.base(blk, true), blk.Count)
		}
		fmt.Fprintf(b, "\tcheck_ptr(\"%s (want %s)\", %s, %s);\n", lv, want, lv, want)
	}
}

// spec is the rules the evolution needs.
func (c *Case) spec() string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Random evolution case, seed %d.\n", c.Seed)
	for _, s := range c.Structs {
		if s.Old != s.New {
			fmt.Fprintf(&b, "struct %s -> struct %s\n", s.Old, s.New)
		}
		for _, f := range s.Fields {
			switch {
			case f.Old == "":
				fmt.Fprintf(&b, "INIT struct %s.%s: { $out = %d; }\n", s.New, f.New, f.Init)
			case f.New == "":
			case f.AddOne:
				fmt.Fprintf(&b, "struct %s.%s -> struct %s.%s: { $out = $in + 1; }\n", s.Old, f.Old, s.New, f.New)
			case f.Old != f.New:
				fmt.Fprintf(&b, "struct %s.%s -> struct %s.%s\n", s.Old, f.Old, s.New, f.New)
			}
		}
	}
	for _, v := range c.Vars {
		switch {
		case v.Old == "":
			fmt.Fprintf(&b, "INIT %s: { $out = %d; }\n", v.New, v.Init)
		case v.Invoke:
			s := c.Structs[v.T.Ref]
			fmt.Fprintf(&b, "%s -> %s: { XF_INVOKE($xform(struct %s, struct %s), &$in, &$out); }\n", v.Old, v.New, s.Old, s.New)
		case v.Old != v.New:
			fmt.Fprintf(&b, "%s -> %s\n", v.Old, v.New)
		}
	}
	return b.String()
}

// usesGeneric says whether some field or variable is a KGen list: only
// then do the files declare the generic struct evolve_box.
func (c *Case) usesGeneric() bool {
	used := false
	c.types(func(t *Type) { used = used || t.K == KGen })
	return used
}
