package typesdiff

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (relative path -> text) under a new directory
// and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// An #include that cannot be found in a dead #ifdef branch sends the
// file through the preprocessor alone first; the #pragma once headers it
// reads there are still read by the real parse.
func TestPragmaOnceAfterDeadMissingInclude(t *testing.T) {
	guarded := func(g, typ string) string {
		return "#ifndef " + g + "\n#define " + g + "\n#pragma once\nstruct P { " + typ + " a; };\n#endif\n"
	}
	including := func(h string) string {
		return "#ifdef NEVER\n#include <nonexistent.h>\n#endif\n#include \"" + h + "\"\nstruct P v;\n"
	}
	dir := writeTree(t, map[string]string{
		"p2.h": guarded("P2_H", "int"), "p3.h": guarded("P3_H", "long"),
		"o_old.h": including("p2.h"), "o_new.h": including("p3.h"),
	})
	old := load(t, filepath.Join(dir, "o_old.h"))
	new := load(t, filepath.Join(dir, "o_new.h"))
	if a := mustField(t, mustType(t, old, "struct P"), "a"); a.Type.Name != "int" {
		t.Errorf("old P.a is %s", a.Type)
	}
	if a := mustField(t, mustType(t, new, "struct P"), "a"); a.Type.Name != "long" {
		t.Errorf("new P.a is %s", a.Type)
	}
	if r := Diff(old, new); r.Type("struct P").Kind != Changed {
		t.Errorf("struct P int a -> long a is %v", r.Type("struct P").Kind)
	}
	// A live missing include is still reported.
	dir = writeTree(t, map[string]string{"p2.h": guarded("P2_H", "int"), "o.h": "#include \"p2.h\"\n#include <nonexistent.h>\n"})
	if _, errs := Load(Config{Files: []string{filepath.Join(dir, "o.h")}}); len(errs) != 1 || !strings.Contains(errs[0].Message, "nonexistent.h") {
		t.Errorf("want the missing include, got:\n%s", errs.Error())
	}
}

// #include "/abs/path.h" names one of the user's headers, whose types are
// the program's own, not a system header to include again.
func TestAbsoluteIncludeIsUserHeader(t *testing.T) {
	dir := writeTree(t, map[string]string{"s1.h": "#pragma once\nstruct s { int a; };\n"})
	dir = writeTree(t, map[string]string{"old.h": "#include \"" + filepath.Join(dir, "s1.h") + "\"\n#include \"/usr/include/stdio.h\"\nstruct s v;\n"})
	p := load(t, filepath.Join(dir, "old.h"))
	if s := mustType(t, p, "struct s"); s.System {
		t.Errorf("struct s from %s is taken for a system type", s.Pos.File)
	}
	for _, h := range p.SystemHeaders {
		if strings.HasSuffix(h, "s1.h") {
			t.Errorf("system headers %v hold the user's s1.h", p.SystemHeaders)
		}
	}
	if len(p.SystemHeaders) != 1 || p.SystemHeaders[0] != "/usr/include/stdio.h" {
		t.Errorf("system headers %v, want the absolute stdio.h only", p.SystemHeaders)
	}
}

// A header that includes its includer before its own guard is fine
// when the includer is guarded: the cycle ends there.
func TestIncludeCycleThroughGuardedHeader(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"inc/a.h": "#ifndef A_H\n#define A_H\n#include \"b.h\"\nstruct a { int x; };\n#endif\n",
		"inc/b.h": "#include \"a.h\"\n#ifndef B_H\n#define B_H\nstruct b { int y; };\n#endif\n",
		"g.h":     "#include \"a.h\"\n",
		// No guard anywhere on the cycle: still refused.
		"c.h": "#include \"d.h\"\nstruct c { int x; };\n", "d.h": "#include \"c.h\"\n",
	})
	p, errs := Load(Config{Files: []string{filepath.Join(dir, "g.h")}, IncludeDirs: []string{filepath.Join(dir, "inc")}})
	if len(errs) > 0 {
		t.Fatal(errs.Error())
	}
	mustType(t, p, "struct a")
	mustType(t, p, "struct b")
	_, errs = Load(Config{Files: []string{filepath.Join(dir, "c.h")}})
	if len(errs) != 1 || errs[0].Code != codeInclude || !strings.Contains(errs[0].Message, "none of these headers has an include guard") {
		t.Errorf("unguarded cycle: got\n%s", errs.Error())
	}
}

// E_GENERIC after the definition counts when the struct was declared
// before: cc gives uses after the forward declaration its tag.
func TestGenericAfterForwardDeclaration(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.h": "#include <xfgen/annotations.h>\nstruct item { int x; };\nstruct _tree;\n" +
		"struct _tree { void * E_T(@c) arg; } E_GENERIC(@c);\nstruct _tree E_G(struct item *) *t;\n"})
	p, errs := Load(Config{Files: []string{filepath.Join(dir, "a.h")}, IncludeDirs: []string{"../include"}})
	if len(errs) > 0 {
		t.Fatal(errs.Error())
	}
	if g := mustType(t, p, "struct _tree").Annot.Generic; len(g) != 1 || g[0] != "@c" {
		t.Errorf("struct _tree generic parameters %v", g)
	}
	if g := p.Vars["t"].Annot.G; len(g) != 1 || g[0] != "struct item *" {
		t.Errorf("t's generic arguments %v", g)
	}
}

// What gcc rejects is rejected at gcc's position (a name of the member
// or variable), not accepted and turned into broken code.
func TestInvalidCIsRejected(t *testing.T) {
	cases := []struct{ name, text, pos, msg string }{
		{"dup.h", "struct s { int a; int a; };\n", ":1:23", "duplicate member a"},
		{"anon.h", "struct s { int n; union { int a; struct { int n; } in; }; struct { int n; }; };\n", ":1:72", "duplicate member n"},
		{"bits.h", "struct s { int a : 40; };\n", ":1:16", "width of a (40 bits) exceeds its type int (32 bits)"},
		{"fam.h", "struct s { int n; char d[]; int after; };\n", ":1:24", "flexible array member d not at end of struct"},
		{"self.h", "struct s { int a; struct s inner; };\n", ":1:28", "struct s cannot contain itself"},
		{"array.h", "struct t;\nstruct s { struct t x[2]; };\n", ":2:21", "field x has incomplete type struct t"},
		{"object.h", "struct t;\nstruct t v;\n", ":2:10", "storage size of v is not known"},
	}
	for _, c := range cases {
		dir := writeTree(t, map[string]string{c.name: c.text})
		_, errs := Load(Config{Files: []string{filepath.Join(dir, c.name)}})
		if len(errs) != 1 || errs[0].Code != codeC || !strings.HasSuffix(errs[0].Range.Start.String(), c.name+c.pos) || !strings.Contains(errs[0].Message, c.msg) {
			t.Errorf("%s: want one %s at %s saying %q, got:\n%s", c.name, codeC, c.pos, c.msg, errs.Error())
		}
	}
	// What gcc accepts stays accepted.
	dir := writeTree(t, map[string]string{"ok.h": "struct t;\nextern struct t e;\nstruct t *p;\nstruct t w;\nstruct t { int a; };\n" +
		"struct s { int n; struct s *next; struct { int x; }; union { int y; }; int : 3; int b : 32; char d[]; };\n"})
	load(t, filepath.Join(dir, "ok.h"))
}

// A crash of cc/v4 is one diagnostic naming where it failed, not its
// stack trace split into one error per line.
func TestCCCrashIsOneDiagnostic(t *testing.T) {
	dir := writeTree(t, map[string]string{"later.h": "struct t;\nstruct s { struct t x; };\nstruct t { int a; };\n"})
	_, errs := Load(Config{Files: []string{filepath.Join(dir, "later.h")}})
	if len(errs) != 1 || strings.Contains(errs[0].Message, "goroutine") || !strings.Contains(errs[0].Message, "gcc -fsyntax-only") {
		t.Errorf("want one diagnostic, got:\n%s", errs.Error())
	}
}

// cc/v4's own messages reach the user as a compiler's, at gcc's place.
func TestCCMessagesReadLikeACompiler(t *testing.T) {
	cases := []struct{ name, text, pos, msg, note string }{
		{"semi.h", "struct s { int a; }\nint x;\n", ":2:1", "expected ';' after the struct or union definition, before `int`", ""},
		{"redef.h", "struct s { int a; };\nstruct s { int b; };\n", ":2:8", "redefinition of struct s", ":1:1"},
		{"neg.h", "int arr[-1];\n", ":1:5", "size of array arr is -1", ""},
		{"typedefs.h", "typedef int T;\ntypedef long T;\n", ":2:14", "conflicting types for T", ":1:13"},
		{"member.c", "int f(void) { int x = 1; return x.y; }\n", ":1:34", "not a struct or union (it is int)", ""},
	}
	for _, c := range cases {
		dir := writeTree(t, map[string]string{c.name: c.text})
		_, errs := Load(Config{Files: []string{filepath.Join(dir, c.name)}})
		ok := len(errs) == 1 && strings.HasSuffix(errs[0].Range.Start.String(), c.name+c.pos) && strings.Contains(errs[0].Message, c.msg) &&
			!strings.Contains(errs[0].Message, ".go:") && !strings.Contains(errs[0].Message, "TODO")
		if ok && c.note != "" {
			ok = len(errs[0].Related) == 1 && strings.HasSuffix(errs[0].Related[0].Range.Start.String(), c.name+c.note)
		}
		if !ok {
			t.Errorf("%s: want one error at %s saying %q, got:\n%s", c.name, c.pos, c.msg, errs.Error())
		}
	}
}

// Kitsune's annotation forms are read with Kitsune's meaning, or
// refused with a message naming them and what to write; none is ignored
// without a word.
func TestKitsuneAnnotationForms(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"read.h": "#include <xfgen/annotations.h>\ntypedef struct item { int x; } item_t;\n" +
			"struct arr { int len; int size; item_t **ps E_PTRARRAY(self.size); item_t *pl E_ARRAY(self.len);\n" +
			"  item_t *k __attribute__((e_ptrarray(len))); item_t *o __attribute__((e_ptropaque)); };\n",
		"refused.h": "#include <xfgen/annotations.h>\ntypedef struct item { int x; } item_t;\n" +
			"struct list { void * E_T(@t) data; struct list E_G(@t) *next; } E_GENERIC(@t);\n" +
			"struct list E_G(item_t *, [opaque]) *a;\nstruct list E_G(list<item_t *> *) *b;\n" +
			"struct w { char *name __attribute__((e_weird)); int v __attribute__((e_ptropaque)); };\n",
		"brackets.h": "#include <xfgen/annotations.h>\nstruct b { int len; char buf[E_ARRAY(self.len)]; };\n",
	})
	p, errs := Load(Config{Files: []string{filepath.Join(dir, "read.h")}, IncludeDirs: []string{"../include"}})
	if len(errs) > 0 {
		t.Fatal(errs.Error())
	}
	arr := mustType(t, p, "struct arr")
	for name, want := range map[string]string{"ps": "size", "pl": "len", "k": "len"} {
		if l := mustField(t, arr, name).Annot.PtrArray; l == nil || l.Field != want {
			t.Errorf("%s: count %+v, want field %s", name, l, want)
		}
	}
	if !mustField(t, arr, "o").Annot.Opaque {
		t.Error("e_ptropaque is not read as E_OPAQUE")
	}
	want := map[string]string{
		"refused.h:4:13":  "the option [opaque] (Kitsune's) is not read by xfgen",
		"refused.h:5:13":  "Kitsune's nested generic form",
		"refused.h:6:38":  "Kitsune attribute e_weird",
		"refused.h:6:70":  "e_ptropaque on field struct w.v: it needs a pointer",
		"brackets.h:2:30": "E_ARRAY inside an array's brackets",
	}
	for _, f := range []string{"refused.h", "brackets.h"} {
		_, errs := Load(Config{Files: []string{filepath.Join(dir, f)}, IncludeDirs: []string{"../include"}})
		for _, d := range errs {
			at := filepath.Base(d.Range.Start.File) + d.Range.Start.String()[len(d.Range.Start.File):]
			if msg, ok := want[at]; ok && strings.Contains(d.Message, msg) {
				delete(want, at)
			} else {
				t.Errorf("unexpected %s", d)
			}
		}
	}
	for at, msg := range want {
		t.Errorf("missing at %s: %q", at, msg)
	}
}

// A member that points to the struct being defined, with an attribute
// between the tag and the '*', is a pointer to that struct, whose
// members a function body reaches through it (cc/v4 gave it an empty
// copy of the struct: "has no member named v").
func TestSelfReferentialMemberWithAttribute(t *testing.T) {
	dir := writeTree(t, map[string]string{"n.c": "struct n { void *key; struct n __attribute__((aligned(8))) *left; unsigned long v; };\n" +
		"int f(struct n *p) { return p->left->v; }\n"})
	file := filepath.Join(dir, "n.c")
	gccSyntaxOnly(t, file)
	p := load(t, file)
	n := mustType(t, p, "struct n")
	left := mustField(t, n, "left")
	if left.Type.Kind != Pointer || left.Type.Elem != n {
		t.Errorf("left is %s, not a pointer to the program's struct n", describe(left.Type))
	}
	if len(n.Fields) != 3 || mustField(t, n, "v").Offset != 16 || n.Size != 24 {
		t.Errorf("struct n: %d fields, size %d", len(n.Fields), n.Size)
	}
	// Unions, nested definitions, attribute macros and pointers to
	// pointers; gcc's layout of them is checked by TestLayoutAgainstGCC.
	load(t, "../testdata/types/selfref_attr.c")
}

// The annotations of such a member still reach the model, for every
// declarator of the member, and are reported where they are written.
func TestSelfReferentialMemberAnnotations(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"list.c": "#include <xfgen/annotations.h>\n" +
			"struct list { void E_T(@t) *data; struct list E_G(@t) *next, *prev; } E_GENERIC(@t);\n" +
			"struct item { int id; };\nstruct list E_G(struct item) *items;\n" +
			"int first_id(void) { return ((struct item *)items->next->prev->data)->id; }\n",
		"bad.c": "#include <xfgen/annotations.h>\nstruct n { int x; struct n E_G(@t) *next; };\nint f(struct n *p) { return p->next->x; }\n",
	})
	p, errs := Load(Config{Files: []string{filepath.Join(dir, "list.c")}, IncludeDirs: []string{"../include"}})
	if len(errs) > 0 {
		t.Fatal(errs.Error())
	}
	l := mustType(t, p, "struct list")
	for _, name := range []string{"next", "prev"} {
		if f := mustField(t, l, name); len(f.Annot.G) != 1 || f.Annot.G[0] != "@t" || f.Type.Elem != l {
			t.Errorf("%s: generic arguments %v, type %s", name, f.Annot.G, describe(f.Type))
		}
	}
	if g := p.Vars["items"].Annot.G; len(g) != 1 || g[0] != "struct item" {
		t.Errorf("items' generic arguments %v", g)
	}
	_, errs = Load(Config{Files: []string{filepath.Join(dir, "bad.c")}, IncludeDirs: []string{"../include"}})
	if len(errs) != 1 || !strings.Contains(errs[0].Message, "E_G on field struct n.next") || errs[0].Range.Start.Line != 2 || errs[0].Range.Start.Col != 28 {
		t.Errorf("want one E_G error at 2:28 (where E_G is written), got:\n%s", errs.Error())
	}
}

func TestMoveSelfRefAttrs(t *testing.T) {
	macros := attrMacros([][]byte{[]byte("#define AL(n) __attribute__((aligned(n)))\n#define AL8 AL(8)\n#define NOT_ATTR const\n")})
	cases := []struct{ in, want string }{
		{"struct n { struct n __attribute__((x)) *l; };", "struct n { struct n *__attribute__((x)) l; };"},
		{"struct n { struct n E_G(@t) AL8 **l; };", "struct n { struct n *E_G(@t) AL8 *l; };"},
		{"union u { int a; union u AL(8) /* c */ *s; };", "union u { int a; union u *AL(8) /* c */ s; };"},
		{"struct o { struct i { struct o E_SZ *up; } in; };", "struct o { struct i { struct o *E_SZ up; } in; };"},
		// Left alone: not inside its own definition, a qualifier, a
		// line break in the span, a '*' touching the macro's name.
		{"struct a { int x; }; struct b { struct a E_G(@t) *p; };", ""},
		{"struct n { struct n NOT_ATTR *p; struct n const *q; };", ""},
		{"struct n { struct n E_G(@t)\n *p; };", ""},
		{"struct n { struct n E_SZ*p; };", ""},
		{"struct n { int x; }; struct m { struct n AL(8) *p; };", ""},
		{"#define X struct n { struct n AL(8) *p; }\n// struct n { struct n AL(8) *p; }\nchar *s = \"struct n { struct n AL(8) *p; }\";", ""},
	}
	for _, c := range cases {
		out, moved, _ := moveSelfRefAttrs([]byte(c.in), macros)
		if string(out) != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, out, c.want)
		}
		if out != nil && (len(out) != len(c.in) || len(moved) != 1 || out[moved[0].start] != '*' || c.in[moved[0].end-1] != '*') {
			t.Errorf("%q: moved %v, lengths %d and %d", c.in, moved, len(out), len(c.in))
		}
	}
}

// xfgen's annotations after the closing brace of a record that points
// to itself are taken from cc's view (cc would empty the record for
// those members) and read by the loader, at their written place.
func TestMoveSelfRefAttrsHidesRecordAnnotations(t *testing.T) {
	in := "struct l { struct l *next; } E_GENERIC(@t,\n @u) E_OPAQUE;\nstruct m { int x; } E_GENERIC(@t);\n"
	out, _, hidden := moveSelfRefAttrs([]byte(in), attrMacros(nil))
	want := "struct l { struct l *next; }              \n             ;\nstruct m { int x; } E_GENERIC(@t);\n"
	if string(out) != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
	if len(hidden) != 2 || hidden[0] != (hiddenAnnot{tag: 7, macro: "E_GENERIC", kind: "generic", arg: "@t,\n @u", at: 29}) ||
		hidden[1].kind != "opaque" || hidden[1].arg != "" {
		t.Errorf("hidden %+v", hidden)
	}
	dir := writeTree(t, map[string]string{"g.c": "#include <xfgen/annotations.h>\nstruct l { void E_T(@t) *d; struct l *next; }\n  E_GENERIC(t);\nint f(struct l *p) { return p->next->d != 0; }\n"})
	_, errs := Load(Config{Files: []string{filepath.Join(dir, "g.c")}, IncludeDirs: []string{"../include"}})
	found := false
	for _, d := range errs {
		found = found || d.Range.Start.Line == 3 && d.Range.Start.Col == 3 && strings.Contains(d.Message, "E_GENERIC(t)")
	}
	if !found {
		t.Errorf("want the error of E_GENERIC(t) at 3:3, got:\n%s", errs.Error())
	}
}
