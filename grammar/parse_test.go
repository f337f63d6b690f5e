package grammar

import (
	"strings"
	"testing"
)

func TestParseShapeOfAFile(t *testing.T) {
	src := "{\n#include \"helpers.h\"\nstatic int n;\n}\n\nold_name -> new_name\n\nstruct conn.fd -> struct conn.sock\n\nINIT connected_count: { $out = 0; }\n\nstruct list -> struct list,\nmain.c/head -> main.c/head: {\n  XF_ASSIGN($out, $in);\n}\n"
	f := mustParse(t, src)
	if f.Preamble == nil || f.Preamble.Text != "\n#include \"helpers.h\"\nstatic int n;\n" {
		t.Fatalf("preamble = %+v", f.Preamble)
	}
	if got := span(f.Preamble.Range()); got != "1:1-4:2" {
		t.Errorf("preamble range %s", got)
	}
	if len(f.Rules) != 4 {
		t.Fatalf("got %d rules, want 4", len(f.Rules))
	}

	r := f.Rules[0]
	if r.Code != nil || len(r.Labels) != 1 || r.Labels[0].Kind != Map {
		t.Fatalf("rule 0 = %+v", r)
	}
	l := r.Labels[0]
	if text(t, f, l.From.Range()) != "old_name" || text(t, f, l.To.Range()) != "new_name" || text(t, f, l.Op.Range()) != "->" {
		t.Errorf("rule 0 label parts wrong: %s %s %s", span(l.From.Range()), span(l.Op.Range()), span(l.To.Range()))
	}
	if text(t, f, l.Range()) != "old_name -> new_name" || text(t, f, r.Range()) != "old_name -> new_name" {
		t.Errorf("rule 0 ranges %s %s", span(l.Range()), span(r.Range()))
	}

	l = f.Rules[1].Labels[0]
	if l.From.Kind != TypePath || l.From.TypeName() != "struct conn" || len(l.From.Fields) != 1 || l.From.Fields[0].Name != "fd" {
		t.Errorf("struct conn.fd read as %+v", l.From)
	}
	if text(t, f, l.To.Fields[0].Range()) != "sock" || text(t, f, l.To.Keyword.Range()) != "struct" || text(t, f, l.To.Name.Range()) != "conn" {
		t.Errorf("struct conn.sock parts at %s %s %s", span(l.To.Keyword.Range()), span(l.To.Name.Range()), span(l.To.Fields[0].Range()))
	}

	r = f.Rules[2]
	l = r.Labels[0]
	if l.Kind != Init || l.From != nil || text(t, f, l.Op.Range()) != "INIT" || l.To.Key != "connected_count" {
		t.Errorf("INIT label = %+v", l)
	}
	if r.Code == nil || r.Code.Text != " $out = 0; " || text(t, f, r.Colon.Range()) != ":" || text(t, f, r.Code.Range()) != "{ $out = 0; }" {
		t.Errorf("INIT code = %+v", r.Code)
	}
	if got := text(t, f, r.Range()); got != "INIT connected_count: { $out = 0; }" {
		t.Errorf("INIT rule range covers %q", got)
	}

	r = f.Rules[3]
	if len(r.Labels) != 2 || r.Code == nil {
		t.Fatalf("list rule = %+v", r)
	}
	if r.Labels[1].From.Key != "main.c/head" || r.Labels[1].From.File.Name != "main.c" {
		t.Errorf("second label = %+v", r.Labels[1].From)
	}
	if got := text(t, f, r.Range()); !strings.HasPrefix(got, "struct list -> struct list,\nmain.c/head") || !strings.HasSuffix(got, "}") {
		t.Errorf("list rule range covers %q", got)
	}
	if len(r.Code.Forms) != 2 || r.Code.Forms[0].Kind != FormOut || r.Code.Forms[1].Kind != FormIn {
		t.Errorf("forms = %+v", r.Code.Forms)
	}
}

func TestParseVariableKeys(t *testing.T) {
	cases := []struct {
		key, file, fn, name string
	}{
		{"x", "", "", "x"},
		{"main.c/x", "main.c", "", "x"},
		{"main.c/f#x", "main.c", "f", "x"},
		{"f#x", "", "f", "x"},
		{"src/net/conn.c/accept#backlog", "src/net/conn.c", "accept", "backlog"},
		{"sym$v2@x", "", "", "sym$v2@x"},
	}
	for _, c := range cases {
		src := "  " + c.key + " -> y"
		f := mustParse(t, src)
		p := f.Rules[0].Labels[0].From
		if p.Kind != VarPath || p.Key != c.key || p.TypeName() != "" {
			t.Errorf("%s: path = %+v", c.key, p)
			continue
		}
		if text(t, f, p.Range()) != c.key || p.Range().Start.Col != 3 {
			t.Errorf("%s: range %s", c.key, span(p.Range()))
		}
		check := func(what string, id *Ident, want string) {
			if want == "" {
				if id != nil {
					t.Errorf("%s: %s = %q, want none", c.key, what, id.Name)
				}
				return
			}
			if id == nil || id.Name != want || text(t, f, id.Range()) != want {
				t.Errorf("%s: %s = %+v, want %q at its place", c.key, what, id, want)
			}
		}
		check("file", p.File, c.file)
		check("func", p.Func, c.fn)
		check("name", p.Name, c.name)
	}
}

func TestParseTypePaths(t *testing.T) {
	cases := []struct {
		src, typeName string
		fields        []string
	}{
		{"struct T", "struct T", nil},
		{"union U", "union U", nil},
		{"enum E", "enum E", nil},
		{"typedef conn_t", "conn_t", nil},
		{"struct T.f", "struct T", []string{"f"}},
		{"struct T.f.g", "struct T", []string{"f", "g"}},
		{"typedef cfg_t.limits.max", "cfg_t", []string{"limits", "max"}},
		{"struct\n\tT.f", "struct T", []string{"f"}},
	}
	for _, c := range cases {
		f := mustParse(t, "INIT "+c.src+": { }")
		p := f.Rules[0].Labels[0].To
		if p.Kind != TypePath || p.TypeName() != c.typeName || len(p.Fields) != len(c.fields) {
			t.Errorf("%q: path = %+v", c.src, p)
			continue
		}
		if text(t, f, p.Range()) != c.src {
			t.Errorf("%q: range covers %q", c.src, text(t, f, p.Range()))
		}
		for i, fl := range c.fields {
			if p.Fields[i].Name != fl || text(t, f, p.Fields[i].Range()) != fl {
				t.Errorf("%q: field %d = %+v", c.src, i, p.Fields[i])
			}
		}
	}
}

func TestParseLabelLists(t *testing.T) {
	f := mustParse(t, "a -> b, INIT c, struct s.f -> struct s.g ,\n d#e -> d#e :\n{ x; }")
	r := f.Rules[0]
	if len(r.Labels) != 4 || r.Code == nil || r.Code.Text != " x; " {
		t.Fatalf("rule = %+v", r)
	}
	kinds := []LabelKind{Map, Init, Map, Map}
	for i, l := range r.Labels {
		if l.Kind != kinds[i] || l.To == nil {
			t.Errorf("label %d = %+v", i, l)
		}
	}
	if text(t, f, r.Colon.Range()) != ":" || r.Colon.Range().Start.Line != 2 {
		t.Errorf("colon at %s", span(r.Colon.Range()))
	}
}

func TestParseEmptyAndCommentOnlyFiles(t *testing.T) {
	for _, src := range []string{"", "   \n\t\n", "// only a comment", "/* a */ /* b */\n// c\n"} {
		f := mustParse(t, src)
		if f == nil || len(f.Rules) != 0 || f.Preamble != nil {
			t.Errorf("%q: got %+v", src, f)
		}
	}
}

func TestParseComments(t *testing.T) {
	src := "// lead\na -> b // trail\n/* block\n over lines */\nINIT c: { /* not a spec comment */ }\n"
	f := mustParse(t, src)
	if len(f.Comments) != 3 {
		t.Fatalf("comments = %d, want 3", len(f.Comments))
	}
	want := []string{"// lead", "// trail", "/* block\n over lines */"}
	for i, c := range f.Comments {
		if c.Text != want[i] || text(t, f, c.Range()) != want[i] {
			t.Errorf("comment %d = %q at %s", i, c.Text, span(c.Range()))
		}
	}
}

func TestParseCodeBlockBraces(t *testing.T) {
	cases := []struct{ name, code string }{
		{"nested", " if (x) { y(); } else { { z(); } } "},
		{"string", ` s = "}"; t = "{\"}"; `},
		{"char", ` c = '}'; d = '\''; e = '{'; `},
		{"line comment", " // }\n x = 1;\n"},
		{"block comment", " /* } { } */ x = 1; "},
		{"unterminated char stays code", " c = 'ab;\n"},
		{"slashes", " x = a / b; y = c /d; "},
	}
	for _, c := range cases {
		src := "INIT v: {" + c.code + "}\nnext -> next"
		f, errs := Parse("t.xf", []byte(src))
		if len(errs) > 0 {
			t.Errorf("%s: %s", c.name, errs.Error())
			continue
		}
		if len(f.Rules) != 2 || f.Rules[0].Code.Text != c.code {
			t.Errorf("%s: rules = %d, code = %q", c.name, len(f.Rules), f.Rules[0].Code.Text)
		}
	}
}

func TestParseForms(t *testing.T) {
	code := "\n  $out = $in + $base->n;\n  p = $oldsym(c_size) + $newsym( main.c/f#x );\n  q = ($oldtype(struct s) *)$newtype(foo_t);\n  XF_INVOKE($xform(struct a *, struct b *), &$in, &$out);\n  XF_PTR($gen(t)); $newtype(struct list (*)(void))\n  \"$in $foo\"; '$'; /* $out */ // $base\n  gnu$ident = 1;\n  XF_INVOKE(XF_PTR($xform(typedef list, typedef list, XF_PTR($xform(struct item, struct item)), XF_RAW(sizeof(void *)))), &$in, &$out);\n"
	src := "x -> y: {" + code + "}"
	f := mustParse(t, src)
	forms := f.Rules[0].Code.Forms
	type want struct {
		kind FormKind
		text string
		args []string
	}
	wants := []want{
		{FormOut, "$out", nil},
		{FormIn, "$in", nil},
		{FormBase, "$base", nil},
		{FormOldSym, "$oldsym(c_size)", []string{"c_size"}},
		{FormNewSym, "$newsym( main.c/f#x )", []string{"main.c/f#x"}},
		{FormOldType, "$oldtype(struct s)", []string{"struct s"}},
		{FormNewType, "$newtype(foo_t)", []string{"foo_t"}},
		{FormXform, "$xform(struct a *, struct b *)", []string{"struct a *", "struct b *"}},
		{FormIn, "$in", nil},
		{FormOut, "$out", nil},
		{FormGen, "$gen(t)", []string{"t"}},
		{FormNewType, "$newtype(struct list (*)(void))", []string{"struct list (*)(void)"}},
		// Kitsune's form: the transformers of the generic's parameters
		// follow the two types, and their own forms are read too.
		{FormXform, "$xform(typedef list, typedef list, XF_PTR($xform(struct item, struct item)), XF_RAW(sizeof(void *)))",
			[]string{"typedef list", "typedef list", "XF_PTR($xform(struct item, struct item))", "XF_RAW(sizeof(void *))"}},
		{FormXform, "$xform(struct item, struct item)", []string{"struct item", "struct item"}},
		{FormIn, "$in", nil},
		{FormOut, "$out", nil},
	}
	if len(forms) != len(wants) {
		for _, fm := range forms {
			t.Logf("form %v %q", fm.Kind, text(t, f, fm.Range()))
		}
		t.Fatalf("got %d forms, want %d", len(forms), len(wants))
	}
	for i, w := range wants {
		fm := forms[i]
		if fm.Kind != w.kind || text(t, f, fm.Range()) != w.text || len(fm.Args) != len(w.args) {
			t.Errorf("form %d = %v %q, want %v %q", i, fm.Kind, text(t, f, fm.Range()), w.kind, w.text)
			continue
		}
		for j, a := range w.args {
			if fm.Args[j].Text != a || text(t, f, fm.Args[j].Range()) != a {
				t.Errorf("form %d arg %d = %q at %s, want %q", i, j, fm.Args[j].Text, span(fm.Args[j].Range()), a)
			}
		}
	}
	// Positions are absolute: the first form is on line 2, column 3.
	if forms[0].Range().Start.Line != 2 || forms[0].Range().Start.Col != 3 {
		t.Errorf("$out at %s", span(forms[0].Range()))
	}
}

func TestParseFormsInPreamble(t *testing.T) {
	f := mustParse(t, "{ static int n($oldtype(struct s) *p); }\na -> b")
	if f.Preamble == nil || len(f.Preamble.Forms) != 1 || f.Preamble.Forms[0].Args[0].Text != "struct s" {
		t.Fatalf("preamble forms = %+v", f.Preamble)
	}
}

func TestParseKeepsCodeByteForByte(t *testing.T) {
	code := "\r\n\t/* odd   spacing */  x  =  1 ;\t\r\n  \x00\xff  "
	f := mustParse(t, "INIT x: {"+code+"}")
	if f.Rules[0].Code.Text != code {
		t.Errorf("code = %q", f.Rules[0].Code.Text)
	}
	if got := f.Rules[0].Code.TextStart(); got.Offset != len("INIT x: {") {
		t.Errorf("text starts at %v", got)
	}
}
