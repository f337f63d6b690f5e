package gogen

import (
	"fmt"
	"strings"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// gen writes one package from a plan. Every choice (what a conversion
// does, which objects the address map holds, the order globals are
// migrated in) is the plan's, read as the C generator reads it.
type gen struct {
	plan     *compiler.Plan
	old, new *version
	b        strings.Builder
}

func (g *gen) line(format string, args ...any) {
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

func tag(cv *compiler.Conv) *compiler.Conv {
	if cv.Tag != nil {
		return cv.Tag
	}
	return cv
}

func funcName(cv *compiler.Conv) string    { return fmt.Sprintf("xfT%d", cv.ID) }
func closureName(cv *compiler.Conv) string { return fmt.Sprintf("xfC%d", cv.ID) }
func regName(cv *compiler.Conv) string     { return fmt.Sprintf("xfR%d", cv.ID) }
func fixName(cv *compiler.Conv) string     { return fmt.Sprintf("xfF%d", cv.ID) }

// closureRef is the closure of cv as the code of another conversion
// passes it: the transformer given at run time for a generic parameter,
// or, for an instance that needs such transformers, its closure with
// the running closure's (xfc) parameters.
func closureRef(cv *compiler.Conv) string {
	switch {
	case cv.Kind == compiler.ConvParam:
		return fmt.Sprintf("xfParam(xfc, %d)", cv.Param)
	case cv.Parametric:
		return fmt.Sprintf("st.withGen(&%s, xfc)", closureName(cv))
	}
	return "&" + closureName(cv)
}

// transformers writes, for every conversion that needs code, its
// function, its closure, and the functions that map the objects inside
// it and redirect its pointers from stale copies.
func (g *gen) transformers() {
	for _, cv := range g.plan.Code {
		if compiler.HasFunc(cv) || !cv.Work() {
			g.line("var %s xfClosure", closureName(cv))
		}
	}
	g.line("")
	for _, cv := range g.plan.Code {
		if compiler.HasFunc(cv) {
			g.emitFunc(cv)
		}
		if g.plan.MapsInside(cv) {
			g.emitReg(cv)
		}
		if compiler.Fixes(cv) {
			g.emitFix(cv)
		}
	}
	// The closures refer to the functions and the functions to the
	// closures: they are set when the package is initialised.
	g.line("func init() {")
	for _, cv := range g.plan.Code {
		n, alloc := closureName(cv), fmt.Sprintf("xfAlloc[%s]", g.new.goType(cv.New))
		switch {
		case compiler.HasFunc(cv):
			reg, fix := "nil", "nil"
			if g.plan.MapsInside(cv) {
				reg = regName(cv)
			}
			if compiler.Fixes(cv) {
				fix = fixName(cv)
			}
			g.line("%s = xfClosure{fn: %s, reg: %s, fix: %s, alloc: %s, oldSize: %d, newSize: %d}", n, funcName(cv), reg, fix, alloc, goSize(cv.Old), goSize(cv.New))
		case !cv.Work():
			g.line("%s = xfClosure{fn: xfCopy, alloc: %s, oldSize: %d, newSize: %d}", n, alloc, goSize(cv.Old), goSize(cv.New))
		}
	}
	g.line("}")
	g.line("")
}

func (g *gen) emitFunc(cv *compiler.Conv) {
	g.line("// %s migrates %s (old) into %s (new).", funcName(cv), compiler.PlainTypeText(cv.Old), compiler.PlainTypeText(cv.New))
	g.line("func %s(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error {", funcName(cv))
	g.line("_ = xfc")
	ot, nt := g.old.goType(cv.Old), g.new.goType(cv.New)
	switch cv.Kind {
	case compiler.ConvScalar:
		g.line("*(*%s)(out) = %s(*(*%s)(in))", nt, nt, ot)
	case compiler.ConvEnum:
		g.line("switch v := *(*%s)(in); v {", ot)
		for _, e := range cv.Enums {
			g.line("case %d: // %s", e.Old, e.Name)
			g.line("*(*%s)(out) = %d", nt, e.New)
		}
		g.line("default:")
		g.line("return fmt.Errorf(\"%s: the old value %%d is no enumerator the new version has\", v)", goQuote(compiler.PlainTypeText(cv.Old)))
		g.line("}")
	case compiler.ConvPtr:
		g.ptrCall(cv, "*(*unsafe.Pointer)(in)", "out", "", nil)
	case compiler.ConvFuncPtr:
		g.line("f, err := xfFuncPtr(*(*uintptr)(in))")
		g.line("if err != nil {")
		g.line("return err")
		g.line("}")
		g.line("*(*uintptr)(out) = f")
	case compiler.ConvArray:
		g.arrayBody(cv)
	case compiler.ConvStruct:
		g.structBody(cv)
	case compiler.ConvUser:
		g.line("if err := xfU%d(st, xfc, in, out, nil); err != nil {", cv.ID)
		g.line("return xfCtx(err, \"the rule for %s\")", goQuote(compiler.PlainTypeText(cv.Old)))
		g.line("}")
	}
	g.line("return nil")
	g.line("}")
	g.line("")
}

// ptrCall migrates the old pointer src into the pointer at dst. ctx,
// when set, names the field for an error; holder is the old struct
// that i points to, which holds a count field.
func (g *gen) ptrCall(cv *compiler.Conv, src, dst, ctx string, holder *typesdiff.Type) {
	if cv.Interior && !cv.Elem.Work() {
		g.line("*(*unsafe.Pointer)(%s) = st.ptrKept(%s, %s)", dst, closureRef(tag(cv.Elem)), src)
		return
	}
	count, work := fmt.Sprint(cv.Count), fmt.Sprint(cv.Count)
	g.line("{")
	g.line("p := %s", src)
	if cv.NT {
		g.line("n := xfNTCount(p, %d)", goSize(cv.Elem.Old))
		count, work = "n + 1", "n"
	}
	if f := cv.CountField; f != nil {
		v := g.read("i", holder, f, g.old)
		if u := f.Type.Underlying(); u != nil && u.Signed {
			g.line("n := max(int(%s), 0)", v)
		} else {
			g.line("n := int(%s)", v)
		}
		count, work = "n", "n"
	}
	g.line("q, err := st.ptr(%s, %s, %s, p)", closureRef(tag(cv.Elem)), count, work)
	g.line("if err != nil {")
	if ctx != "" {
		g.line("return xfCtx(err, %s)", ctx)
	} else {
		g.line("return err")
	}
	g.line("}")
	g.line("*(*unsafe.Pointer)(%s) = q", dst)
	g.line("}")
}

// read is the Go expression of member f of the struct t that variable
// x points to, in version v.
func (g *gen) read(x string, t *typesdiff.Type, f *typesdiff.Field, v *version) string {
	m := v.layouts[t].members[f]
	if m.access == viaBits || m.access == viaBytes {
		return fmt.Sprintf("%s.%s()", x, m.name)
	}
	return x + "." + m.name
}

func (g *gen) arrayBody(cv *compiler.Conv) {
	o, n := cv.Old, cv.New
	if !cv.Elem.Work() {
		g.line("xfMove(out, in, %d)", min(o.Len*goSize(o.Elem), n.Len*goSize(n.Elem)))
		return
	}
	g.line("for k := uintptr(0); k < %d; k++ {", min(o.Len, n.Len))
	g.line("if err := %s(st, %s, unsafe.Add(in, k*%d), unsafe.Add(out, k*%d)); err != nil {", funcName(cv.Elem), closureRef(cv.Elem), goSize(cv.Elem.Old), goSize(cv.Elem.New))
	g.line("return xfCtx(err, \"an element of %s\")", goQuote(compiler.PlainTypeText(o)))
	g.line("}")
	g.line("}")
}

func (g *gen) structBody(cv *compiler.Conv) {
	g.line("i, o := (*%s)(in), (*%s)(out)", g.old.goType(cv.Old), g.new.goType(cv.New))
	g.line("_, _ = i, o")
	for i, fc := range cv.Fields {
		g.fieldCode(cv, fc, i)
	}
}

// userFuncs writes the functions of the rules' code: type rules
// (xfU<conv>), field rules (xfU<conv>_<field>), variable rules (xfG<n>).
func (g *gen) userFuncs() {
	for _, cv := range g.plan.Code {
		if cv.Kind == compiler.ConvUser {
			env := g.valueEnv(g.old.goType(cv.Old), g.new.goType(cv.New))
			env.self, env.bind = cv, cv.Bind
			g.emitUser(fmt.Sprintf("xfU%d", cv.ID), cv.Code, env, "", "")
		}
		if cv.Kind == compiler.ConvStruct && cv.Work() {
			for i, fc := range cv.Fields {
				if fc.Code != nil {
					g.fieldUser(cv, fc, fmt.Sprintf("xfU%d_%d", cv.ID, i))
				}
			}
		}
	}
	for i, gl := range g.plan.Globals {
		if gl.Code != nil {
			o := ""
			if gl.Old != nil {
				o = g.old.goType(gl.Old.Type)
			}
			g.emitUser(fmt.Sprintf("xfG%d", i), gl.Code, g.valueEnv(o, g.new.goType(gl.New.Type)), "", "")
		}
	}
}

func (g *gen) fieldCode(cv *compiler.Conv, fc *compiler.FieldConv, i int) {
	if fc.Ignore || (fc.Code == nil && fc.Conv == nil) {
		return
	}
	ctx := fmt.Sprintf("\"field `%s` of %s\"", goQuote(compiler.FieldName(fc.New)), goQuote(compiler.StructName(cv.New)))
	if fc.Code != nil {
		g.line("if err := xfU%d_%d(st, xfc, nil, out, in); err != nil {", cv.ID, i)
		g.line("return xfCtx(err, %s)", ctx)
		g.line("}")
		return
	}
	of, nf, c := fc.Old, fc.New, fc.Conv
	nm := g.new.layouts[cv.New].members[nf]
	bit := of.BitWidth > 0 || nf.BitWidth > 0
	in, out := at("in", of.Offset), at("out", nf.Offset)
	switch {
	case bit && (c.Kind == compiler.ConvCopy || c.Kind == compiler.ConvScalar):
		g.write("o", nm, fmt.Sprintf("%s(%s)", nm.goType, g.read("i", cv.Old, of, g.old)))
	case bit:
		g.line("{")
		g.line("v := %s", g.read("i", cv.Old, of, g.old))
		g.line("var w %s", nm.goType)
		g.line("if err := %s(st, %s, unsafe.Pointer(&v), unsafe.Pointer(&w)); err != nil {", funcName(c), closureRef(c))
		g.line("return xfCtx(err, %s)", ctx)
		g.line("}")
		g.write("o", nm, "w")
		g.line("}")
	case !c.Work():
		g.line("xfMove(%s, %s, %d) // %s", out, in, min(goSize(of.Type), goSize(nf.Type)), nm.name)
	case c.Kind == compiler.ConvPtr:
		// Inline: the pointer fields of a long list are the hot path.
		g.ptrCall(c, fmt.Sprintf("*(*unsafe.Pointer)(%s)", in), out, ctx, cv.Old)
	default:
		g.line("if err := %s(st, %s, %s, %s); err != nil { // %s", funcName(c), closureRef(c), in, out, nm.name)
		g.line("return xfCtx(err, %s)", ctx)
		g.line("}")
	}
}

// write stores the Go expression val into member m of the struct x
// points to.
func (g *gen) write(x string, m *member, val string) {
	if m.access == viaBits || m.access == viaBytes {
		g.line("%s.%s(%s)", x, m.setter, val)
		return
	}
	g.line("%s.%s = %s", x, m.name, val)
}

// blockReg records the array at in (old) and out (new) of conversion cv.
func (g *gen) blockReg(cv *compiler.Conv, in, out string) {
	e := cv.Elem
	g.line("st.blockReg(%s, %d, %s, %d, %d, %s)", in, min(cv.Old.Len, cv.New.Len)*goSize(e.Old), out, goSize(e.Old), goSize(e.New), closureRef(tag(e)))
}

func (g *gen) emitReg(cv *compiler.Conv) {
	g.line("// %s maps the objects inside one %s.", regName(cv), compiler.PlainTypeText(cv.Old))
	g.line("func %s(st *xfState, xfc *xfClosure, in, out unsafe.Pointer) error {", regName(cv))
	g.line("_ = xfc")
	switch cv.Kind {
	case compiler.ConvStruct:
		for _, f := range cv.Fields {
			if !g.plan.MappedMember(f) && !g.plan.ArrayBlock(f) {
				continue
			}
			in, out := at("in", f.Old.Offset), at("out", f.New.Offset)
			if g.plan.MappedMember(f) {
				g.line("if err := st.regSub(%s, %s, %s); err != nil {", closureRef(tag(f.Conv)), in, out)
				g.line("return err")
				g.line("}")
			}
			if g.plan.ArrayBlock(f) {
				g.blockReg(f.Conv, in, out)
			}
		}
	case compiler.ConvArray:
		g.line("for k := uintptr(0); k < %d; k++ {", min(cv.Old.Len, cv.New.Len))
		g.line("if err := st.regSub(%s, unsafe.Add(in, k*%d), unsafe.Add(out, k*%d)); err != nil {", closureRef(tag(cv.Elem)), goSize(cv.Elem.Old), goSize(cv.Elem.New))
		g.line("return err")
		g.line("}")
		g.line("}")
	}
	g.line("return nil")
	g.line("}")
	g.line("")
}

func (g *gen) emitFix(cv *compiler.Conv) {
	g.line("// %s redirects the pointers of one new %s from stale copies.", fixName(cv), compiler.PlainTypeText(cv.New))
	g.line("func %s(st *xfState, xfc *xfClosure, obj unsafe.Pointer) {", fixName(cv))
	g.line("_ = xfc")
	switch cv.Kind {
	case compiler.ConvPtr:
		g.fixPtr(cv, "obj")
	case compiler.ConvArray:
		g.line("for k := uintptr(0); k < %d; k++ {", min(cv.Old.Len, cv.New.Len))
		g.line("%s(st, %s, unsafe.Add(obj, k*%d))", fixName(cv.Elem), closureRef(cv.Elem), goSize(cv.Elem.New))
		g.line("}")
	case compiler.ConvStruct:
		for _, f := range cv.Fields {
			if f.Conv == nil || f.Code != nil || f.New.BitWidth != 0 {
				continue
			}
			loc := at("obj", f.New.Offset)
			switch {
			case f.Conv.Kind == compiler.ConvPtr && f.Conv.Work():
				g.fixPtr(f.Conv, loc)
			case compiler.Fixes(f.Conv):
				g.line("%s(st, %s, %s) // %s", fixName(f.Conv), closureRef(f.Conv), loc, compiler.FieldName(f.New))
			}
		}
	}
	g.line("}")
	g.line("")
}

func (g *gen) fixPtr(cv *compiler.Conv, loc string) {
	if cv.Interior && !cv.Elem.Work() {
		g.line("st.fixKept(%s, %s)", loc, closureRef(tag(cv.Elem)))
		return
	}
	g.line("st.fixPtr(%s)", loc)
}

// at is the address off bytes after the unsafe.Pointer p.
func at(p string, off int64) string {
	if off == 0 {
		return p
	}
	return fmt.Sprintf("unsafe.Add(%s, %d)", p, off)
}

// goQuote escapes s for the inside of a Go string literal.
func goQuote(s string) string {
	q := fmt.Sprintf("%q", s)
	return q[1 : len(q)-1]
}
