package cgen

import (
	"fmt"
	"slices"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// transformers writes, for every conversion that needs code, its
// function and its closure, and the functions of rules' code.
func (g *gen) transformers() {
	w := g.w
	w.line("/* ---- transformers: one per pair of types that needs work ---- */")
	for _, cv := range g.plan.Code {
		if compiler.HasFunc(cv) {
			w.line("static int %s(const struct xf_closure *xf_c, void *xf_in, void *xf_out);", funcName(cv))
		}
		if g.hasReg(cv) {
			w.line("static int %s(const struct xf_closure *xf_c, void *xf_in, void *xf_out);", regName(cv))
		}
		if compiler.Fixes(cv) {
			w.line("static void %s(const struct xf_closure *xf_c, void *xf_obj);", fixName(cv))
		}
		if compiler.HasFunc(cv) || !cv.Work() {
			w.line("static const struct xf_closure %s;", closureName(cv))
		}
	}
	w.line("")
	for _, cv := range g.plan.Code {
		if cv.Kind == compiler.ConvUser {
			env := g.valueEnv(cv.Old, cv.New, cv.Bind)
			env.self = cv
			g.emitUser(&userFn{name: fmt.Sprintf("xf_u%d", cv.ID), code: cv.Code, env: env})
		}
		if cv.Kind == compiler.ConvStruct && cv.Work() {
			idx := map[*typesdiff.Field]int{}
			for i, fc := range cv.Fields {
				if fc.Code != nil {
					g.emitUser(&userFn{name: fmt.Sprintf("xf_u%d_%d", cv.ID, i), code: fc.Code, env: g.fieldEnv(cv, fc, idx)})
				}
			}
		}
	}
	for i, gl := range g.plan.Globals {
		if gl.Code != nil {
			var o *typesdiff.Type
			if gl.Old != nil {
				o = gl.Old.Type
			}
			g.emitUser(&userFn{name: fmt.Sprintf("xf_g%d", i), code: gl.Code, env: g.valueEnv(o, gl.New.Type, nil)})
		}
	}
	for _, cv := range g.plan.Code {
		if compiler.HasFunc(cv) {
			g.emitFunc(cv)
		}
		if g.hasReg(cv) {
			g.emitReg(cv)
		}
		if compiler.Fixes(cv) {
			g.emitFix(cv)
		}
	}
	for _, cv := range g.plan.Code {
		switch {
		case compiler.HasFunc(cv):
			reg, fix := "NULL", "NULL"
			if g.hasReg(cv) {
				reg = regName(cv)
			}
			if compiler.Fixes(cv) {
				fix = fixName(cv)
			}
			owned := ""
			if cv.Old.Annot.Owned {
				owned = fmt.Sprintf(", .owned = \"%s\"", cquote(compiler.PlainTypeText(cv.Old)))
			}
			w.line("XF_UNUSED static const struct xf_closure %s = {.fn = %s, .reg = %s, .fix = %s, .old_size = %d, .new_size = %d, .n = 1, .align = %d, .persistent = 1, .never_in_array = %d%s};", closureName(cv), funcName(cv), reg, fix, cv.Old.Size, cv.New.Size, cv.New.Align, g.neverInArray(cv), owned)
		case !cv.Work():
			reg := "NULL"
			if g.hasReg(cv) {
				reg = regName(cv)
			}
			w.line("XF_UNUSED static const struct xf_closure %s = {.fn = xf_copy_fn, .reg = %s, .old_size = %d, .new_size = %d, .n = 1, .align = %d, .persistent = 1, .never_in_array = %d};", closureName(cv), reg, cv.Old.Size, cv.New.Size, cv.New.Align, g.neverInArray(cv))
		}
	}
	w.line("")
}

// neverInArray is 1 when no object of cv's pair of types lies in an
// array, so the runtime need not hold one reached alone until every
// array is known.
func (g *gen) neverInArray(cv *compiler.Conv) int {
	if g.plan.InArrays[cv.Key] {
		return 0
	}
	return 1
}

func (g *gen) emitFunc(cv *compiler.Conv) {
	w := g.w
	w.line("/* %s (old) -> %s (new) */", cquote(compiler.PlainTypeText(cv.Old)), cquote(compiler.PlainTypeText(cv.New)))
	w.line("static int %s(const struct xf_closure *xf_c, void *xf_in, void *xf_out)", funcName(cv))
	w.line("{")
	w.line("\t(void)xf_c;")
	switch cv.Kind {
	case compiler.ConvScalar:
		w.line("\t%s;", g.old.decl(cv.Old, "xf_v"))
		w.line("\t%s;", g.new.decl(cv.New, "xf_w"))
		w.line("\tmemcpy(&xf_v, xf_in, sizeof xf_v);")
		w.line("\txf_w = (%s)xf_v;", g.new.decl(cv.New, ""))
		w.line("\tmemcpy(xf_out, &xf_w, sizeof xf_w);")
	case compiler.ConvEnum:
		w.line("\t%s;", g.old.decl(cv.Old, "xf_v"))
		w.line("\t%s;", g.new.decl(cv.New, "xf_w"))
		w.line("\tmemcpy(&xf_v, xf_in, sizeof xf_v);")
		w.line("\tswitch ((long long)xf_v) {")
		for _, e := range cv.Enums {
			w.line("\tcase %dLL: xf_w = (%s)%dLL; break; /* %s */", e.Old, g.new.decl(cv.New, ""), e.New, e.Name)
		}
		w.line("\tdefault:")
		w.line("\t\treturn xf_failf(\"%s: the old value %%lld is no enumerator the new version has\", (long long)xf_v);", cquote(compiler.PlainTypeText(cv.Old)))
		w.line("\t}")
		w.line("\tmemcpy(xf_out, &xf_w, sizeof xf_w);")
	case compiler.ConvPtr:
		w.line("\tvoid *xf_p, *xf_q = NULL;")
		w.line("\tmemcpy(&xf_p, xf_in, sizeof xf_p);")
		if e := g.fillsAtOnce(cv); e != nil {
			// An element of a bucket array: its chain is filled now.
			w.line("\tif (xf_filling == 0) {")
			claim := "xf_ptr_claim(&%s, xf_p, &xf_q)"
			if cv.Owned {
				claim = "xf_ptr_owned(&%s, xf_p, &xf_q, 0)"
			}
			w.line("\t\tint xf_r = "+claim+";", closureName(e))
			w.line("\t\tmemcpy(xf_out, &xf_q, sizeof xf_q);")
			w.line("\t\tif (xf_r <= 0)")
			w.line("\t\t\treturn xf_r;")
			w.line("\t\txf_filling++;")
			w.line("\t\txf_r = %s(&%s, xf_p, xf_q);", funcName(e), closureName(e))
			w.line("\t\txf_filling--;")
			w.line("\t\treturn xf_r;")
			w.line("\t}")
		}
		g.ptrCall(cv, "xf_p", "return -1;")
		w.line("\tmemcpy(xf_out, &xf_q, sizeof xf_q);")
	case compiler.ConvFuncPtr:
		w.line("\treturn xf_fptr(xf_in, xf_out);")
	case compiler.ConvUser:
		w.line("\treturn xf_u%d(xf_c, xf_in, xf_out, NULL) != 0 ? xf_ctx(\"the rule for %s\") : 0;", cv.ID, cquote(compiler.PlainTypeText(cv.Old)))
	case compiler.ConvArray:
		g.arrayBody(cv)
	case compiler.ConvStruct:
		g.structBody(cv)
	}
	w.line("\treturn 0;")
	w.line("}")
	w.line("")
}

// ptrCall migrates the pointer in variable src into xf_q.
func (g *gen) ptrCall(cv *compiler.Conv, src, fail string) {
	count := fmt.Sprintf("%d", cv.Count)
	work := count
	if cv.NT {
		g.w.line("\tsize_t xf_n = %s ? xf_ntcount(%s, %d) : 0;", src, src, cv.Elem.Old.Size)
		count, work = "xf_n + 1", "xf_n"
	}
	if cv.CountField != nil {
		f := cv.CountField
		v := fmt.Sprintf("xf_i->%s", f.Name)
		if u := f.Type.Underlying(); u != nil && u.Signed {
			v = fmt.Sprintf("(%s > 0 ? (size_t)%s : 0)", v, v)
		} else {
			v = "(size_t)" + v
		}
		count, work = v, v
	}
	if cv.Interior && !cv.Elem.Work() {
		g.w.line("\tif (xf_ptr_kept(%s, %s, &xf_q) != 0)", g.closureExpr(g.tag(cv.Elem)), src)
		g.w.line("\t\t%s", fail)
		return
	}
	if cv.Owned {
		g.w.line("\tif (xf_ptr_owned(%s, %s, &xf_q, 1) < 0)", g.closureExpr(g.tag(cv.Elem)), src)
		g.w.line("\t\t%s", fail)
		return
	}
	fn := "xf_ptr"
	if cv.NT || cv.CountField != nil || cv.Count != 1 {
		fn = "xf_ptr_array"
	}
	g.w.line("\tif (%s(%s, %s, %s, %s, &xf_q) != 0)", fn, g.closureExpr(g.tag(cv.Elem)), count, work, src)
	g.w.line("\t\t%s", fail)
}

func (g *gen) arrayBody(cv *compiler.Conv) {
	w := g.w
	o, n := cv.Old, cv.New
	if n.Len > o.Len {
		// The added elements are zero, even in a global the new program
		// initialised.
		w.line("\tmemset((char *)xf_out + %d, 0, %d);", o.Len*n.Elem.Size, (n.Len-o.Len)*n.Elem.Size)
	}
	if !cv.Elem.Work() {
		w.line("\tmemcpy(xf_out, xf_in, %d);", min(o.Len*o.Elem.Size, n.Len*n.Elem.Size))
		return
	}
	w.line("\tsize_t xf_k;")
	w.line("\tfor (xf_k = 0; xf_k < %d; xf_k++)", min(o.Len, n.Len))
	w.line("\t\tif (%s(%s, (char *)xf_in + xf_k * %d, (char *)xf_out + xf_k * %d) != 0)", funcName(cv.Elem), g.closureExpr(cv.Elem), cv.Elem.Old.Size, cv.Elem.New.Size)
	w.line("\t\t\treturn xf_ctx(\"an element of %s\");", cquote(compiler.PlainTypeText(o)))
}

func (g *gen) structBody(cv *compiler.Conv) {
	w := g.w
	self := g.selfFields(cv)
	var next *compiler.FieldConv
	var tree []*compiler.FieldConv
	owned := true // every node the loop fills is E_OWNED
	switch {
	case len(self) == 1:
		next = self[0]
	case len(self) > 1:
		tree = self
		for _, fc := range self {
			owned = owned && fc.Conv.Owned
		}
	}
	switch {
	case next != nil:
		// A list's nodes are filled in one loop along the chain, not one
		// work-list item each.
		w.line("\tvoid *xf_next_in = NULL, *xf_next_out = NULL;")
		w.line("\tfor (;;) {")
	case tree != nil:
		// A tree's nodes are filled in one loop too, the children
		// waiting on a stack of (old, new) pairs of their own.
		w.line("\tsize_t xf_base = xf_own_len;")
		w.line("\tvoid *xf_kid_in[%d], *xf_kid_out[%d];", len(tree), len(tree))
		w.line("\tfor (;;) {")
	}
	w.line("\t%s = xf_in;", g.old.decl(cv.Old, "*xf_i"))
	w.line("\t%s = xf_out;", g.new.decl(cv.New, "*xf_o"))
	w.line("\t(void)xf_i;")
	w.line("\t(void)xf_o;")
	for i, fc := range cv.Fields {
		claim := "xf_ptr_claim(&%s, xf_p, &xf_q)"
		if fc.Conv != nil && fc.Conv.Owned {
			claim = "xf_ptr_owned(&%s, xf_p, &xf_q, 0)"
		}
		if k := slices.Index(tree, fc); k >= 0 {
			g.selfCode(cv, fc, claim, fmt.Sprintf("xf_kid_in[%d]", k), fmt.Sprintf("xf_kid_out[%d]", k), true)
			continue
		}
		if fc == next {
			g.selfCode(cv, fc, claim, "xf_next_in", "xf_next_out", false)
			continue
		}
		g.fieldCode(cv, fc, i)
	}
	switch {
	case next != nil:
		w.line("\tif (xf_next_in == NULL)")
		w.line("\t\tbreak;")
		w.line("\txf_in = xf_next_in;")
		w.line("\txf_out = xf_next_out;")
		w.line("\txf_next_in = NULL;")
		if next.Conv.Owned {
			w.line("\t}") // an E_OWNED object is in no array: nothing to take
			return
		}
		w.line("\tswitch (xf_take(&%s, xf_in, xf_out)) {", closureName(cv))
		w.line("\tcase -1:")
		w.line("\t\treturn -1;")
		w.line("\tcase 0:")
		w.line("\t\treturn 0;")
		w.line("\t}")
		w.line("\t}")
	case tree != nil:
		// The first child is taken next: the tree is walked in field
		// order, as it was built.
		for k := len(tree) - 1; k >= 0; k-- {
			w.line("\tif (xf_kid_in[%d] != NULL && xf_own_push(xf_kid_in[%d], xf_kid_out[%d]) != 0)", k, k, k)
			w.line("\t\treturn -1;")
		}
		if owned {
			w.line("\tif (xf_own_len == xf_base)")
			w.line("\t\tbreak;")
			w.line("\txf_own_len--;")
			w.line("\txf_in = xf_own[xf_own_len].old;")
			w.line("\txf_out = xf_own[xf_own_len].new_;")
			w.line("\t}")
			return
		}
		// A node that turned out to be part of an array migrated since
		// is the array's to fill (xf_take), its children with it.
		w.line("\tint xf_take_r;")
		w.line("\tdo {")
		w.line("\t\tif (xf_own_len == xf_base)")
		w.line("\t\t\treturn 0;")
		w.line("\t\txf_own_len--;")
		w.line("\t\txf_in = xf_own[xf_own_len].old;")
		w.line("\t\txf_out = xf_own[xf_own_len].new_;")
		w.line("\t} while ((xf_take_r = xf_take(&%s, xf_in, xf_out)) == 0);", closureName(cv))
		w.line("\tif (xf_take_r < 0)")
		w.line("\t\treturn -1;")
		w.line("\t}")
	}
}

// fillsAtOnce is the pointee of the pointer conversion cv when cv's
// transformer fills it itself: one object of a struct whose transformer
// walks a list or tree of them in a loop (a bucket array's chains), and
// that is E_OWNED or in no array, so that no array recorded later can
// claim the first one (the loop asks xf_take for the others).
func (g *gen) fillsAtOnce(cv *compiler.Conv) *compiler.Conv {
	e := cv.Elem
	if cv.Parametric || e == nil || g.tag(e) != e || e.Kind != compiler.ConvStruct || e.Parametric ||
		!compiler.HasFunc(e) || len(g.selfFields(e)) == 0 {
		return nil
	}
	one := !cv.NT && cv.CountField == nil && cv.Count == 1 && !cv.Interior
	if !cv.Owned && (!one || g.plan.InArrays[e.Key]) {
		return nil
	}
	return e
}

// selfFields are the fields of struct cv that point to one more object
// of cv itself (a list's next, a tree's children) that cv's transformer
// can follow in a loop: one object, no count to read, the closure cv's
// own, no generic parameters. One is a list's next, several a tree's
// children, which wait on a stack (depth first, in field order).
func (g *gen) selfFields(cv *compiler.Conv) []*compiler.FieldConv {
	var self []*compiler.FieldConv
	if cv.Parametric {
		return nil
	}
	for _, fc := range cv.Fields {
		c := fc.Conv
		if fc.Ignore || fc.Code != nil || c == nil || fc.Old == nil || fc.Old.BitWidth > 0 || fc.New.BitWidth > 0 ||
			c.Kind != compiler.ConvPtr || !c.Work() || c.Elem == nil || c.Elem.Parametric || c.Count != 1 || c.NT ||
			c.CountField != nil || (c.Interior && !c.Elem.Work()) {
			continue
		}
		if g.tag(c.Elem) == cv && g.tag(cv) == cv {
			self = append(self, fc)
		}
	}
	return self
}

// selfCode migrates the field fc that points to one more object of cv:
// claim (a format taking cv's closure) makes its copy, which the loop
// fills next rather than the work list: its old and new addresses go to
// in and out (in is NULL when there is nothing to fill; always set with
// always).
func (g *gen) selfCode(cv *compiler.Conv, fc *compiler.FieldConv, claim, in, out string, always bool) {
	w := g.w
	ctx := fmt.Sprintf("return xf_ctx(\"field `%s` of %s\");", cquote(compiler.FieldName(fc.New)), cquote(compiler.StructName(cv.New)))
	w.line("\t{")
	w.line("\tvoid *xf_p, *xf_q = NULL;")
	w.line("\tint xf_r;")
	w.line("\tmemcpy(&xf_p, (char *)xf_in + %d, sizeof xf_p);", fc.Old.Offset)
	w.line("\tif ((xf_r = "+claim+") < 0)", closureName(cv))
	w.line("\t\t%s", ctx)
	w.line("\tmemcpy((char *)xf_out + %d, &xf_q, sizeof xf_q); /* %s */", fc.New.Offset, fieldCName(fc.New, idxOf(cv.New, fc.New)))
	if always {
		w.line("\t%s = xf_r > 0 ? xf_p : NULL;", in)
		w.line("\t%s = xf_q;", out)
	} else {
		w.line("\tif (xf_r > 0) {")
		w.line("\t\t%s = xf_p;", in)
		w.line("\t\t%s = xf_q;", out)
		w.line("\t}")
	}
	w.line("\t}")
}

func (g *gen) fieldCode(cv *compiler.Conv, fc *compiler.FieldConv, i int) {
	w := g.w
	if fc.Ignore || (fc.Code == nil && fc.Conv == nil) {
		return
	}
	nname := fieldCName(fc.New, idxOf(cv.New, fc.New))
	ctx := fmt.Sprintf("return xf_ctx(\"field `%s` of %s\");", cquote(compiler.FieldName(fc.New)), cquote(compiler.StructName(cv.New)))
	if fc.Code != nil {
		w.line("\tif (xf_u%d_%d(xf_c, NULL, xf_out, xf_in) != 0)", cv.ID, i)
		w.line("\t\t%s", ctx)
		return
	}
	of, nf, c := fc.Old, fc.New, fc.Conv
	oname := fieldCName(of, idxOf(cv.Old, of))
	bit := of.BitWidth > 0 || nf.BitWidth > 0
	switch {
	case bit && (c.Kind == compiler.ConvCopy || c.Kind == compiler.ConvScalar):
		w.line("\txf_o->%s = xf_i->%s;", nname, oname)
	case bit:
		w.line("\t{")
		w.line("\t\t%s = xf_i->%s;", g.old.decl(c.Old, "xf_v"), oname)
		w.line("\t\t%s;", g.new.decl(c.New, "xf_w"))
		w.line("\t\tmemset(&xf_w, 0, sizeof xf_w);")
		w.line("\t\tif (%s(%s, &xf_v, &xf_w) != 0)", funcName(c), g.closureExpr(c))
		w.line("\t\t\t%s", ctx)
		w.line("\t\txf_o->%s = xf_w;", nname)
		w.line("\t}")
	case !c.Work():
		w.line("\tmemcpy((char *)xf_out + %d, (char *)xf_in + %d, %d); /* %s */", nf.Offset, of.Offset, min(of.Type.Size, nf.Type.Size), nname)
	case c.Kind == compiler.ConvPtr:
		// Inline: the pointer fields of a long list are the hot path.
		w.line("\t{")
		w.line("\tvoid *xf_p, *xf_q = NULL;")
		w.line("\tmemcpy(&xf_p, (char *)xf_in + %d, sizeof xf_p);", of.Offset)
		g.ptrCall(c, "xf_p", ctx)
		w.line("\tmemcpy((char *)xf_out + %d, &xf_q, sizeof xf_q); /* %s */", nf.Offset, nname)
		w.line("\t}")
	default:
		w.line("\tif (%s(%s, (char *)xf_in + %d, (char *)xf_out + %d) != 0) /* %s */", funcName(c), g.closureExpr(c), of.Offset, nf.Offset, nname)
		w.line("\t\t%s", ctx)
	}
}

// closureExpr is the closure of cv as the code of another conversion
// passes it: the transformer given at run time for a generic parameter,
// or for an instance that needs such transformers its closure with the
// running closure's (xf_c) parameters.
func (g *gen) closureExpr(cv *compiler.Conv) string {
	switch {
	case cv.Kind == compiler.ConvParam:
		return fmt.Sprintf("xf_gen_param(xf_c, %d)", cv.Param)
	case cv.Parametric:
		return fmt.Sprintf("xf_with_gen(&%s, xf_c)", closureName(cv))
	}
	return "&" + closureName(cv)
}

// hasReg says whether objects of cv hold objects that must be mapped:
// aggregate members of a struct, elements of an array that need work,
// and whatever the plan tracks (Conv.Holds), even in objects that are
// only copied.
func (g *gen) hasReg(cv *compiler.Conv) bool {
	if !compiler.HasFunc(cv) && (cv.Work() || !cv.Holds) {
		return false
	}
	switch cv.Kind {
	case compiler.ConvStruct:
		for _, f := range cv.Fields {
			if g.regMember(f) {
				return true
			}
		}
	case compiler.ConvArray:
		return g.regElems(cv) || g.blockTracked(cv)
	}
	return false
}

// regElems says whether each element of an array is mapped with it:
// when it holds objects that must be (pointers to the elements
// themselves find them through the array's block).
func (g *gen) regElems(cv *compiler.Conv) bool {
	return g.hasReg(cv.Elem)
}

// blockTracked says whether an array is one whose elements pointers
// reach (a buffer with cursors into it): it is recorded whole, so
// addresses inside it and one past its end translate.
func (g *gen) blockTracked(cv *compiler.Conv) bool {
	return cv.Old.Len > 0 && g.plan.Tracked[cv.Elem.Key]
}

// blockReg records the array at in (old) and out (new) of conversion
// cv, for pointers inside it and one past its end.
func (g *gen) blockReg(cv *compiler.Conv, in, out, fail string) {
	e := cv.Elem
	g.w.line("\tif (xf_block_reg(%s, %d, %s, %d, %d, %s) != 0)", in, min(cv.Old.Len, cv.New.Len)*e.Old.Size, out, e.Old.Size, e.New.Size, g.closureExpr(g.tag(e)))
	g.w.line("\t\t%s", fail)
}

// regMember says whether a member is mapped with its struct: when a
// pointer of the program may point at it (Plan.Tracked), or at an
// object inside it. Others are not, which keeps a graph's nodes to one
// mapping each.
func (g *gen) regMember(f *compiler.FieldConv) bool {
	return f.Conv != nil && f.Code == nil && f.Old != nil && f.Old.BitWidth == 0 && f.New.BitWidth == 0 &&
		(g.plan.Tracked[f.Conv.Key] || g.hasReg(f.Conv))
}

func regName(cv *compiler.Conv) string { return fmt.Sprintf("xf_r%d", cv.ID) }

// regSub writes the test that maps the object of cv at in (old) and out
// (new), inside another: the object itself when pointers may reach it,
// else only the objects inside it (xf_reg_in).
func (g *gen) regSub(indent string, cv *compiler.Conv, in, out string) {
	fn := "xf_reg_sub"
	if !g.plan.Tracked[cv.Key] {
		fn = "xf_reg_in"
	}
	g.w.line("%sif (%s(%s, %s, %s) != 0)", indent, fn, g.closureExpr(g.tag(cv)), in, out)
}

// emitReg writes the function that maps the objects inside one object
// of cv, so that pointers to them reach the new ones.
func (g *gen) emitReg(cv *compiler.Conv) {
	w := g.w
	w.line("static int %s(const struct xf_closure *xf_c, void *xf_in, void *xf_out)", regName(cv))
	w.line("{")
	w.line("	(void)xf_c;")
	switch cv.Kind {
	case compiler.ConvStruct:
		for _, f := range cv.Fields {
			if g.regMember(f) {
				g.regSub("\t", f.Conv, fmt.Sprintf("(char *)xf_in + %d", f.Old.Offset), fmt.Sprintf("(char *)xf_out + %d", f.New.Offset))
				w.line("		return -1;")
			}
		}
	case compiler.ConvArray:
		if g.blockTracked(cv) {
			g.blockReg(cv, "xf_in", "xf_out", "return -1;")
		}
		if g.regElems(cv) {
			w.line("	size_t xf_k;")
			w.line("	for (xf_k = 0; xf_k < %d; xf_k++)", min(cv.Old.Len, cv.New.Len))
			g.regSub("\t\t", cv.Elem, fmt.Sprintf("(char *)xf_in + xf_k * %d", cv.Elem.Old.Size), fmt.Sprintf("(char *)xf_out + xf_k * %d", cv.Elem.New.Size))
			w.line("			return -1;")
		}
	}
	w.line("	return 0;")
	w.line("}")
	w.line("")
}

func fixName(cv *compiler.Conv) string { return fmt.Sprintf("xf_f%d", cv.ID) }

// emitFix writes the function that redirects the pointers of one new
// object of cv that point at stale copies.
func (g *gen) emitFix(cv *compiler.Conv) {
	w := g.w
	w.line("static void %s(const struct xf_closure *xf_c, void *xf_obj)", fixName(cv))
	w.line("{")
	w.line("\t(void)xf_c;")
	switch cv.Kind {
	case compiler.ConvPtr:
		g.fixPtr(cv, "xf_obj")
	case compiler.ConvArray:
		w.line("\tsize_t xf_k;")
		w.line("\tfor (xf_k = 0; xf_k < %d; xf_k++)", min(cv.Old.Len, cv.New.Len))
		w.line("\t\t%s(%s, (char *)xf_obj + xf_k * %d);", fixName(cv.Elem), g.closureExpr(cv.Elem), cv.Elem.New.Size)
	case compiler.ConvStruct:
		for _, f := range cv.Fields {
			if f.Conv == nil || f.Code != nil || f.Ignore || f.New.BitWidth != 0 {
				continue
			}
			switch {
			case f.Conv.Kind == compiler.ConvPtr && f.Conv.Work():
				g.fixPtr(f.Conv, fmt.Sprintf("(char *)xf_obj + %d", f.New.Offset))
			case compiler.Fixes(f.Conv):
				w.line("\t%s(%s, (char *)xf_obj + %d); /* %s */", fixName(f.Conv), g.closureExpr(f.Conv), f.New.Offset, compiler.FieldName(f.New))
			}
		}
	}
	w.line("}")
	w.line("")
}

// fixPtr redirects the pointer at loc at the end of the migration.
func (g *gen) fixPtr(cv *compiler.Conv, loc string) {
	if cv.Interior && !cv.Elem.Work() {
		g.w.line("\txf_fixkept(%s, %s);", loc, g.closureExpr(g.tag(cv.Elem)))
		return
	}
	if cv.Owned {
		// The copy is in no map: fixed through this pointer.
		g.w.line("\txf_fixowned(%s, %s);", loc, g.closureExpr(g.tag(cv.Elem)))
		return
	}
	g.w.line("\txf_fixptr(%s);", loc)
}
