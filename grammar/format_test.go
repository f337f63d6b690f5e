package grammar

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// specFiles are the specs of the shared corpus.
func specFiles(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/specs/*.xf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no specs in ../testdata/specs: %v", err)
	}
	return files
}

// The corpus is written in canonical layout, so formatting it changes
// nothing; formatting is idempotent on it either way.
func TestFormatCorpusIsCanonicalAndIdempotent(t *testing.T) {
	for _, name := range specFiles(t) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out, errs := FormatSource(name, src)
		if len(errs) > 0 {
			t.Errorf("%s:\n%s", name, errs.Error())
			continue
		}
		if string(out) != string(src) {
			t.Errorf("%s is not in canonical layout; formatted:\n%s", name, out)
		}
		again, _ := FormatSource(name, out)
		if string(again) != string(out) {
			t.Errorf("%s: formatting twice differs:\n%s", name, again)
		}
	}
}

func TestFormatLayout(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"spacing of arrows and blank lines between rules",
			"a->b\n\n\n\nstruct s.f   ->\n  struct s.g\nINIT x:{ $out = 1; }",
			"a -> b\n\nstruct s.f -> struct s.g\n\nINIT x: { $out = 1; }\n"},
		{"one label per line in a list",
			"a -> b, c -> d,INIT e: {\n  $out = 0;\n}",
			"a -> b,\nc -> d,\nINIT e: {\n  $out = 0;\n}\n"},
		{"preamble first, code untouched",
			"  {int  x ;}\n\n\na->b:{  odd\n\tspacing  }",
			"{int  x ;}\n\na -> b: {  odd\n\tspacing  }\n"},
		{"trailing comments stay on their line",
			"a -> b   // after a\nINIT c: { } /* after c */ // and more\n",
			"a -> b // after a\n\nINIT c: { } /* after c */ // and more\n"},
		{"leading comments stay above, their blank lines kept",
			"// file\n\n\n// about a\na -> b\n// about c\n\n// also c\nc -> d\n\n// end\n",
			"// file\n\n// about a\na -> b\n// about c\n\n// also c\nc -> d\n\n// end\n"},
		{"a comment between rules without blank lines gets one before it",
			"a -> b\n// about c\nc -> d\n",
			"a -> b\n\n// about c\nc -> d\n"},
		{"comment right under the last rule",
			"a -> b\n// end\n",
			"a -> b\n// end\n"},
		{"comments inside a list",
			"a -> b, // first\n// before second\nc -> d /* inline */ : { }",
			"a -> b, // first\n// before second\nc -> d /* inline */: { }\n"},
		{"comments inside a label",
			"a /* x */ -> /* y */ b\n\nINIT /* z */ c: { }\n\nstruct /* w */ s -> struct s",
			"a /* x */ -> /* y */ b\n\nINIT /* z */ c: { }\n\nstruct s /* w */ -> struct s\n"},
		{"line comment inside a label moves above it",
			"a // why\n -> b",
			"// why\na -> b\n"},
		{"only comments",
			"/* a */\n\n\n// b\n",
			"/* a */\n\n// b\n"},
		{"empty", "", ""},
		{"comments around the preamble",
			"// top\n{ x }  // after preamble\n// before a\na -> b",
			"// top\n{ x } // after preamble\n\n// before a\na -> b\n"},
	}
	for _, c := range cases {
		out, errs := FormatSource("t.xf", []byte(c.src))
		if len(errs) > 0 {
			t.Errorf("%s: %s", c.name, errs.Error())
			continue
		}
		if string(out) != c.want {
			t.Errorf("%s:\n got: %q\nwant: %q", c.name, out, c.want)
		}
		again, errs := FormatSource("t.xf", out)
		if len(errs) > 0 || string(again) != string(out) {
			t.Errorf("%s: not idempotent:\n%q\n%q", c.name, out, again)
		}
	}
}

func TestFormatSourceRefusesFilesWithErrors(t *testing.T) {
	out, errs := FormatSource("t.xf", []byte("a -> b\nINIT x\n"))
	if out != nil || !errs.HasErrors() {
		t.Errorf("got %q, %v", out, errs)
	}
}

// Squeezing or widening the horizontal space outside code blocks and
// comments of a canonical spec does not change its canonical form.
func TestFormatUndoesSpacing(t *testing.T) {
	for _, name := range specFiles(t) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f := mustParse(t, string(src))
		var keep [][2]int // code blocks and comments, in order
		if f.Preamble != nil {
			keep = append(keep, [2]int{f.Preamble.Range().Start.Offset, f.Preamble.Range().End.Offset})
		}
		for _, r := range f.Rules {
			if r.Code != nil {
				keep = append(keep, [2]int{r.Code.Range().Start.Offset, r.Code.Range().End.Offset})
			}
		}
		for _, c := range f.Comments {
			keep = append(keep, [2]int{c.Range().Start.Offset, c.Range().End.Offset})
		}
		for _, squeeze := range []bool{true, false} {
			var b strings.Builder
			at := 0
			mangle := func(s string) string {
				if squeeze {
					return strings.NewReplacer(" -> ", "->", ": ", ":", ", ", ",").Replace(s)
				}
				return strings.NewReplacer(" ", " \t ", "\n", " \n\t").Replace(s)
			}
			for _, k := range sortedRanges(keep) {
				b.WriteString(mangle(string(src[at:k[0]])))
				b.WriteString(string(src[k[0]:k[1]]))
				at = k[1]
			}
			b.WriteString(mangle(string(src[at:])))
			out, errs := FormatSource(name, []byte(b.String()))
			if len(errs) > 0 {
				t.Errorf("%s (squeeze %v): %s\n%s", name, squeeze, errs.Error(), b.String())
				continue
			}
			if string(out) != string(src) {
				t.Errorf("%s (squeeze %v): formatting the respaced spec gives\n%s", name, squeeze, out)
			}
		}
	}
}

func sortedRanges(rs [][2]int) [][2]int {
	out := append([][2]int(nil), rs...)
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// A spec built by a program, without positions, prints in canonical
// layout too.
func TestFormatBuiltSpec(t *testing.T) {
	v := func(file, fn, name string) *Path {
		p := &Path{Kind: VarPath, Name: &Ident{Name: name}}
		if file != "" {
			p.File = &Ident{Name: file}
		}
		if fn != "" {
			p.Func = &Ident{Name: fn}
		}
		return p
	}
	field := &Path{Kind: TypePath, Keyword: &Ident{Name: "struct"}, Name: &Ident{Name: "conn"}, Fields: []*Ident{{Name: "created"}}}
	f := &File{
		Rules: []*Rule{
			{Labels: []*Label{{Kind: Map, From: v("", "", "a"), To: v("main.c", "f", "b")}}},
			{Labels: []*Label{{Kind: Init, To: field}, {Kind: Init, To: v("", "", "n")}}, Code: &CodeBlock{Text: " $out = 0; "}},
		},
		Comments: []*Comment{{Text: "// generated"}},
	}
	want := "a -> main.c/f#b\n\nINIT struct conn.created,\nINIT n: { $out = 0; }\n// generated\n"
	if got := string(Format(f)); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
