package gogen

import (
	"fmt"

	"github.com/xfgen-dev/xfgen/compiler"
)

// migrate writes Migrate: the globals mapped, migrated in the plan's
// order, the work list drained, INIT rules, stale copies fixed up.
func (g *gen) migrate() {
	g.line("// Migrate fills new, which holds the new version's initial values,")
	g.line("// from old, the old version's state, as the spec and inference say.")
	g.line("// old is not changed. Objects old's pointers reach are migrated once")
	g.line("// each, into new objects, so sharing and cycles are kept; the new")
	g.line("// objects are Go memory. An error names the variable and field.")
	g.line("func Migrate(old *OldGlobals, new *NewGlobals) error {")
	g.line("if old == nil || new == nil {")
	g.line("return errors.New(\"Migrate: old and new must not be nil\")")
	g.line("}")
	g.line("st := xfNewState()")
	g.line("st.old, st.new = old, new")
	g.line("var xfc *xfClosure // no generic parameters at the top")
	g.line("_ = xfc")
	g.line("// pointers to old globals, and into them, must reach the new globals")
	for _, gl := range g.plan.Globals {
		if gl.Old != nil && gl.Code == nil && gl.Conv != nil && (compiler.HasFunc(gl.Conv) || g.plan.Tracked[gl.Conv.Key]) {
			g.line("if err := st.regSub(%s, %s, %s); err != nil {", closureRef(tag(gl.Conv)), g.oldAddr(gl), g.newAddr(gl))
			g.line("return err")
			g.line("}")
		}
	}
	for _, gl := range g.plan.Globals {
		if gl.Old != nil && gl.Code == nil && gl.Conv != nil && gl.Conv.Kind == compiler.ConvArray && gl.Conv.Old.Len > 0 && g.plan.Tracked[gl.Conv.Elem.Key] {
			g.blockReg(gl.Conv, g.oldAddr(gl), g.newAddr(gl))
		}
	}
	g.line("// the globals; their pointees go through the work list")
	for _, i := range g.plan.GlobalOrder() {
		if gl := g.plan.Globals[i]; !gl.Const {
			g.migrateGlobal(gl)
		}
	}
	g.drain()
	inits := false
	for _, gl := range g.plan.Globals {
		if gl.Old == nil && !gl.Const && gl.Code != nil {
			g.migrateGlobal(gl)
			inits = true
		}
	}
	if inits {
		g.drain()
	}
	g.line("// objects copied before the object holding them was reached")
	g.line("if len(st.aliases) > 0 || st.kept > 0 {")
	g.line("st.fixup()")
	g.line("}")
	g.line("return nil")
	g.line("}")
}

func (g *gen) oldAddr(gl *compiler.Global) string {
	return fmt.Sprintf("unsafe.Pointer(&old.%s)", g.old.varName[gl.Old])
}

func (g *gen) newAddr(gl *compiler.Global) string {
	return fmt.Sprintf("unsafe.Pointer(&new.%s)", g.new.varName[gl.New])
}

func (g *gen) migrateGlobal(gl *compiler.Global) {
	what := fmt.Sprintf("\"variable `%s`\"", goQuote(gl.New.Key))
	g.line("st.where = %s", what)
	switch {
	case gl.Code != nil:
		in := "nil"
		if gl.Old != nil {
			in = g.oldAddr(gl)
		}
		g.line("if err := xfG%d(st, nil, %s, %s, nil); err != nil {", g.globalIndex(gl), in, g.newAddr(gl))
		g.line("return xfCtx(err, %s)", what)
		g.line("}")
	case gl.Conv.Work():
		g.line("if err := %s(st, %s, %s, %s); err != nil {", funcName(gl.Conv), closureRef(gl.Conv), g.oldAddr(gl), g.newAddr(gl))
		g.line("return xfCtx(err, %s)", what)
		g.line("}")
	case gl.Old != nil:
		g.line("xfMove(%s, %s, %d)", g.newAddr(gl), g.oldAddr(gl), min(goSize(gl.Old.Type), goSize(gl.New.Type)))
	}
}

func (g *gen) globalIndex(gl *compiler.Global) int {
	for i, x := range g.plan.Globals {
		if x == gl {
			return i
		}
	}
	return -1
}

func (g *gen) drain() {
	g.line("if err := st.drain(); err != nil {")
	g.line("return xfCtx(err, st.where)")
	g.line("}")
}
