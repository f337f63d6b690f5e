package cgen

import (
	"fmt"
	"github.com/xfgen-dev/xfgen/compiler"
)

// migrate writes the interface: xf_migrate, xf_error, xf_dl_lookup.
func (g *gen) migrate() {
	w, p := g.w, g.opts.Prefix
	w.line("/* ---- the interface ---- */")
	w.line("int %smigrate(const struct %senv *env)", p, p)
	w.line("{")
	w.line("\tint xf_rc = -1;")
	for i, gl := range g.plan.Globals {
		if gl.Old != nil {
			w.line("\tvoid *xf_o%d;", i)
		}
		w.line("\tvoid *xf_n%d;", i)
	}
	w.line("\txf_reset();")
	w.line("\txf_nerr = 0;")
	w.line("\txf_errbuf[0] = 0;")
	w.line("\txf_where = NULL;")
	w.line("\txf_env_cur = env;")
	w.line("\tif (env == NULL || env->old_lookup == NULL || env->new_lookup == NULL) {")
	w.line("\t\txf_failf(\"%smigrate: the environment has no look-up functions\");", p)
	w.line("\t\treturn -1;")
	w.line("\t}")
	w.line("\t/* find every global of both versions */")
	for i, gl := range g.plan.Globals {
		k := cquote(gl.New.Key)
		w.line("\tif ((xf_n%d = env->new_lookup(env->new_ctx, \"%s\")) == NULL) {", i, k)
		w.line("\t\txf_failf(\"variable `%s`: the new version has no symbol for it\");", k)
		w.line("\t\tgoto out;")
		w.line("\t}")
		if gl.Old != nil {
			ok := cquote(gl.Old.Key)
			w.line("\tif ((xf_o%d = env->old_lookup(env->old_ctx, \"%s\")) == NULL) {", i, ok)
			w.line("\t\txf_failf(\"variable `%s`: the old version has no symbol for it\");", ok)
			w.line("\t\tgoto out;")
			w.line("\t}")
		}
	}
	for i, gl := range g.plan.Globals {
		if gl.Old != nil {
			w.line("\txf_find_old_base(xf_o%d);", i)
			break
		}
	}
	w.line("\t/* pointers to old globals, and into them, must reach the new globals */")
	for i, gl := range g.plan.Globals {
		if gl.Old == nil || gl.Conv == nil || gl.Conv.Kind == compiler.ConvInvalid {
			continue
		}
		// A global that a rule's code fills too: its members are taken
		// to be where the conversion of its types puts them.
		if compiler.HasFunc(gl.Conv) || g.plan.Tracked[gl.Conv.Key] || gl.Conv.Holds {
			w.line("\tif (xf_reg_sub(&%s, xf_o%d, xf_n%d) != 0)", closureName(g.tag(gl.Conv)), i, i)
			w.line("\t\tgoto out;")
		}
	}
	w.line("\t/* migrate the globals; their pointees go through the work list */")
	for _, i := range g.globalOrder() {
		if !g.plan.Globals[i].Const {
			g.migrateGlobal(i, g.plan.Globals[i])
		}
	}
	g.drain()
	w.line("\t/* INIT rules last: they see the migrated state */")
	inits := false
	for i, gl := range g.plan.Globals {
		if gl.Old == nil && !gl.Const {
			g.migrateGlobal(i, gl)
			inits = true
		}
	}
	if inits {
		g.drain()
	}
	w.line("\t/* objects copied before the object holding them was reached */")
	w.line("\tif ((xf_naliases > 0 || xf_nkept > 0) && xf_fixup() != 0)")
	w.line("\t\tgoto out;")
	if g.plan.MainUpdate {
		w.line("\t/* Kitsune's hook: the spec's code that runs once the state is migrated */")
		w.line("\t_kitsune_mainupdate_xform();")
		w.line("\tif (xf_nerr != 0)")
		w.line("\t\tgoto out;")
	}
	w.line("\txf_rc = 0;")
	w.line("out:")
	w.line("\txf_reset();")
	w.line("\treturn xf_rc;")
	w.line("}")
	w.line("")
	w.line("const char *%serror(void)", p)
	w.line("{")
	w.line("\treturn xf_errbuf;")
	w.line("}")
	w.line("")
	w.raw(fmt.Sprintf(dlLookupC, p))
}

func (g *gen) migrateGlobal(i int, gl *compiler.Global) {
	w := g.w
	what := cquote(fmt.Sprintf("variable `%s`", gl.New.Key))
	w.line("\txf_where = \"%s\";", what)
	// A const global of the new version lives in read-only memory and
	// already holds the new program's value: it is left alone.
	w.line("\tif (xf_writable(xf_n%d)) {", i)
	switch {
	case gl.Code != nil:
		in := "NULL"
		if gl.Old != nil {
			in = fmt.Sprintf("xf_o%d", i)
		}
		w.line("\t\tif (xf_g%d(NULL, %s, xf_n%d, NULL) != 0) {", i, in, i)
	case gl.Conv.Work():
		w.line("\t\tif (%s(&%s, xf_o%d, xf_n%d) != 0) {", funcName(gl.Conv), closureName(gl.Conv), i, i)
	default:
		sz := min(gl.Old.Type.Size, gl.New.Type.Size)
		w.line("\t\tmemcpy(xf_n%d, xf_o%d, %d);", i, i, sz)
		w.line("\t}")
		return
	}
	w.line("\t\t\txf_ctx(\"%s\");", what)
	w.line("\t\t\tgoto out;")
	w.line("\t\t}")
	w.line("\t}")
}

func (g *gen) drain() {
	g.w.line("\tif (xf_drain() != 0) {")
	g.w.line("\t\txf_ctx(xf_where ? xf_where : \"a migrated object\");")
	g.w.line("\t\tgoto out;")
	g.w.line("\t}")
}

// dlLookupC is the ready-made look-up: dlsym for symbols with linkage;
// for file statics and static locals (keys with '/' or '#'), which
// dlsym cannot see, the library's own symbol table.
const dlLookupC = `void *%[1]sdl_lookup(void *dl_handle, const char *key)
{
	if (dl_handle == NULL || key == NULL)
		return NULL;
	if (strchr(key, '/') != NULL || strchr(key, '#') != NULL)
		return xf_local_lookup(dl_handle, key);
	dlerror();
	return dlsym(dl_handle, key);
}
`

// globalOrder is the order globals are migrated in: values first, then
// pointers to objects that hold others (arrays, structs with members
// that pointers may reach), then the other pointers. A pointer into the
// middle of an object then finds the object already mapped, as long as
// some global reaches the object first.
func (g *gen) globalOrder() []int {
	var out [3][]int
	for i, gl := range g.plan.Globals {
		if gl.Old == nil {
			continue
		}
		rank := 0
		if cv := gl.Conv; cv != nil && cv.Kind == compiler.ConvPtr {
			rank = 2
			if cv.Count != 1 || cv.NT || g.hasReg(cv.Elem) {
				rank = 1
			}
		}
		out[rank] = append(out[rank], i)
	}
	return append(append(out[0], out[1]...), out[2]...)
}
