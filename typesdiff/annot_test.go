package typesdiff

import (
	"strconv"
	"strings"
	"testing"
)

func TestAnnotations(t *testing.T) {
	p := load(t, "../testdata/types/annot.h")
	tbl := mustType(t, p, "struct table")
	length := func(f string) string {
		l := mustField(t, tbl, f).Annot.PtrArray
		if l == nil {
			return "none"
		}
		if l.Field != "" {
			return l.Field
		}
		return "#" + strconv.FormatInt(l.Const, 10)
	}
	for f, want := range map[string]string{"items": "nitems", "slots": "#8", "fixed": "#16", "name": "none"} {
		if got := length(f); got != want {
			t.Errorf("%s: length %s, want %s", f, got, want)
		}
	}
	a := func(f string) Annotations { return mustField(t, tbl, f).Annot }
	if !a("name").String || !a("argv").NTArray || !a("list").NTArray || !a("cache").Ignore || !a("scratch").Opaque {
		t.Errorf("field flags: name %+v argv %+v list %+v cache %+v scratch %+v", a("name"), a("argv"), a("list"), a("cache"), a("scratch"))
	}
	if pos := a("items").Pos; pos.Line != 12 || pos.Col != 14 {
		t.Errorf("E_PTRARRAY position %v, want line 12 col 14", pos)
	}
	if a("fixed").Any() == false || mustField(t, tbl, "nitems").Annot.Any() {
		t.Errorf("Any() wrong")
	}
	if !mustType(t, p, "struct blob").Annot.Opaque {
		t.Errorf("struct blob not opaque")
	}
	if !mustType(t, p, "struct link").Annot.Owned || !mustType(t, p, "owned_t").Underlying().Annot.Owned || mustType(t, p, "struct table").Annot.Owned {
		t.Errorf("E_OWNED: struct link %+v, owned_t's struct %+v, struct table %+v", mustType(t, p, "struct link").Annot,
			mustType(t, p, "owned_t").Underlying().Annot, mustType(t, p, "struct table").Annot)
	}
	if pt := mustType(t, p, "pair_t"); !pt.Elem.Annot.Opaque {
		t.Errorf("the anonymous struct of pair_t is not opaque")
	}
	m := mustType(t, p, "struct map")
	if strings.Join(m.Annot.Generic, ",") != "@k,@v" || mustField(t, m, "key").Annot.T != "@k" || mustField(t, m, "val").Annot.T != "@v" ||
		strings.Join(mustField(t, m, "next").Annot.G, ",") != "@k,@v" {
		t.Errorf("generic struct map: %+v key %+v next %+v", m.Annot, mustField(t, m, "key").Annot, mustField(t, m, "next").Annot)
	}
	if g := p.Vars["index_map"].Annot.G; strings.Join(g, "|") != "struct item|char *" {
		t.Errorf("index_map E_G = %q", g)
	}
	if l := p.Vars["blobs"].Annot.PtrArray; l == nil || l.Field != "nblobs" {
		t.Errorf("blobs E_PTRARRAY(nblobs) = %+v", l)
	}
	if !p.Vars["all_blobs"].Annot.Opaque || !p.Vars["motd"].Annot.String {
		t.Errorf("variable annotations: all_blobs %+v motd %+v", p.Vars["all_blobs"].Annot, p.Vars["motd"].Annot)
	}
}

// TestAnnotationsCompileAway: without __XFGEN__ the macros vanish, so an
// annotated header builds with a strict compiler.
func TestAnnotationsCompileAway(t *testing.T) {
	gccSyntaxOnly(t, "../testdata/types/annot.h", "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic")
}
