package compiler

import (
	"fmt"
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
	w.line("\t/* pointers to old globals, and into them, must reach the new globals */")
	for i, gl := range g.plan.Globals {
		if gl.Old != nil && gl.Code == nil && hasFunc(gl.Conv) {
			w.line("\tif (xf_reg_sub(&%s, xf_o%d, xf_n%d) != 0)", closureName(gl.Conv), i, i)
			w.line("\t\tgoto out;")
		}
	}
	w.line("\t/* migrate the globals; their pointees go through the work list */")
	for _, i := range g.globalOrder() {
		g.migrateGlobal(i, g.plan.Globals[i])
	}
	g.drain()
	w.line("\t/* INIT rules last: they see the migrated state */")
	inits := false
	for i, gl := range g.plan.Globals {
		if gl.Old == nil {
			g.migrateGlobal(i, gl)
			inits = true
		}
	}
	if inits {
		g.drain()
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

func (g *gen) migrateGlobal(i int, gl *Global) {
	w := g.w
	what := cquote(fmt.Sprintf("variable `%s`", gl.New.Key))
	w.line("\txf_where = \"%s\";", what)
	switch {
	case gl.Code != nil:
		in := "NULL"
		if gl.Old != nil {
			in = fmt.Sprintf("xf_o%d", i)
		}
		w.line("\tif (xf_g%d(NULL, %s, xf_n%d, NULL) != 0) {", i, in, i)
	case gl.Conv.Work():
		w.line("\tif (%s(&%s, xf_o%d, xf_n%d) != 0) {", funcName(gl.Conv), closureName(gl.Conv), i, i)
	default:
		w.line("\tmemcpy(xf_n%d, xf_o%d, %d);", i, i, min(gl.Old.Type.Size, gl.New.Type.Size))
		return
	}
	w.line("\t\txf_ctx(\"%s\");", what)
	w.line("\t\tgoto out;")
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
const dlLookupC = `/* xf_local_lookup finds a static of the library behind handle in its
 * ELF symbol table: after the STT_FILE entry of the key's file, a local
 * object named like the key (gcc names a static local "name.N"). */
static void *xf_local_lookup(void *handle, const char *key)
{
	struct link_map *lm = NULL;
	const char *slash = strchr(key, '/'), *hash = strchr(key, '#');
	const char *name = hash ? hash + 1 : slash ? slash + 1 : key;
	size_t flen = slash ? (size_t)(slash - key) : 0, nlen = strlen(name);
	FILE *f;
	ElfW(Ehdr) eh;
	ElfW(Shdr) *sh = NULL;
	void *found = NULL;
	int i, in_file = slash == NULL;

	if (dlinfo(handle, RTLD_DI_LINKMAP, &lm) != 0 || lm == NULL || lm->l_name == NULL || lm->l_name[0] == 0)
		return NULL;
	f = fopen(lm->l_name, "rb");
	if (f == NULL)
		return NULL;
	if (fread(&eh, sizeof eh, 1, f) != 1 || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_shentsize != sizeof(ElfW(Shdr)))
		goto done;
	sh = calloc(eh.e_shnum, sizeof *sh);
	if (sh == NULL || fseek(f, (long)eh.e_shoff, SEEK_SET) != 0 || fread(sh, sizeof *sh, eh.e_shnum, f) != eh.e_shnum)
		goto done;
	for (i = 0; i < eh.e_shnum && found == NULL; i++) {
		ElfW(Shdr) *st = &sh[i], *strs;
		ElfW(Sym) *syms = NULL;
		char *str = NULL;
		size_t n, j;
		if (st->sh_type != SHT_SYMTAB || st->sh_link >= eh.e_shnum || st->sh_entsize != sizeof(ElfW(Sym)))
			continue;
		strs = &sh[st->sh_link];
		n = st->sh_size / sizeof(ElfW(Sym));
		syms = malloc(st->sh_size);
		str = malloc(strs->sh_size + 1);
		if (syms != NULL && str != NULL &&
		    fseek(f, (long)st->sh_offset, SEEK_SET) == 0 && fread(syms, 1, st->sh_size, f) == st->sh_size &&
		    fseek(f, (long)strs->sh_offset, SEEK_SET) == 0 && fread(str, 1, strs->sh_size, f) == strs->sh_size) {
			str[strs->sh_size] = 0;
			for (j = 0; j < n; j++) {
				const char *s;
				if (syms[j].st_name >= strs->sh_size)
					continue;
				s = str + syms[j].st_name;
				if (ELF64_ST_TYPE(syms[j].st_info) == STT_FILE) {
					const char *base = strrchr(s, '/');
					base = base ? base + 1 : s;
					in_file = slash == NULL || (strlen(base) == flen && strncmp(base, key, flen) == 0);
					continue;
				}
				if (!in_file || ELF64_ST_TYPE(syms[j].st_info) != STT_OBJECT || ELF64_ST_BIND(syms[j].st_info) != STB_LOCAL)
					continue;
				if (strncmp(s, name, nlen) == 0 && (s[nlen] == 0 || (hash != NULL && s[nlen] == '.'))) {
					found = (char *)lm->l_addr + syms[j].st_value;
					break;
				}
			}
		}
		free(syms);
		free(str);
	}
done:
	free(sh);
	fclose(f);
	return found;
}

void *%[1]sdl_lookup(void *dl_handle, const char *key)
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
		if cv := gl.Conv; cv != nil && cv.Kind == ConvPtr {
			rank = 2
			if cv.Count != 1 || cv.NT || hasReg(cv.Elem) {
				rank = 1
			}
		}
		out[rank] = append(out[rank], i)
	}
	return append(append(out[0], out[1]...), out[2]...)
}
