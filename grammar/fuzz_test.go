package grammar

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
)

// FuzzParse checks that no input makes Parse panic or hang, that every
// position it returns is inside the file and consistent, that code
// blocks hold exactly their source bytes, and that a file without
// errors formats to a file that parses the same way and formats to
// itself. Format must not panic on the partial AST of a broken file.
func FuzzParse(f *testing.F) {
	for _, name := range specFiles(f) {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		"a -> b, INIT c: { $oldsym(x) }", "{ { \" } '", "/* ", "a -> b: { $xform(a, $oldtype(b)) }",
		"INIT", "struct s.", "f#", "x -> y // c\n, z -> w: {}", "}", "a -> b\n->", "{ $oldsym(",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, errs := Parse("f.xf", src)
		checkInvariants(t, file, errs)
		out := Format(file) // best effort after errors, but never a panic
		if errs.HasErrors() {
			return
		}
		file2, errs2 := Parse("f.xf", out)
		if errs2.HasErrors() {
			t.Fatalf("formatted output does not parse:\n%s\n%s", out, errs2.Error())
		}
		if a, b := meaning(file), meaning(file2); a != b {
			t.Fatalf("formatting changed the spec:\n%s\nbecame\n%s\nformatted:\n%s", a, b, out)
		}
		if again := Format(file2); string(again) != string(out) {
			t.Fatalf("formatting is not idempotent:\n%q\n%q", out, again)
		}
	})
}

// checkInvariants checks every range of a parse against its source.
func checkInvariants(t *testing.T, f *File, errs diag.List) {
	t.Helper()
	if f == nil {
		t.Fatal("Parse returned a nil File")
	}
	li := NewLines(f.Name, f.Src)
	check := func(what string, r diag.Range) {
		t.Helper()
		if r.Start.Offset < 0 || r.End.Offset > len(f.Src) || r.Start.Offset > r.End.Offset ||
			li.Pos(r.Start.Offset) != r.Start || li.Pos(r.End.Offset) != r.End {
			t.Fatalf("%s has a bad range %+v (file of %d bytes)", what, r, len(f.Src))
		}
	}
	for _, d := range errs {
		check("diagnostic "+d.Message, d.Range)
		if d.Severity != diag.Error || d.Code == "" || !strings.HasPrefix(d.Code, "XF00") {
			t.Fatalf("syntax diagnostic without error severity or code: %+v", d)
		}
	}
	block := func(c *CodeBlock) {
		check("code block", c.Range())
		if c.Text != string(f.Src[c.TextStart().Offset:c.TextStart().Offset+len(c.Text)]) {
			t.Fatalf("code block text differs from its source")
		}
		for _, fm := range c.Forms {
			check("form", fm.Range())
			if !c.Range().Contains(fm.Range().Start.Offset) || f.Src[fm.Range().Start.Offset] != '$' {
				t.Fatalf("form %v at %v is not a '$' inside its block", fm.Kind, fm.Range())
			}
			for _, a := range fm.Args {
				check("form argument", a.Range())
				if string(f.Src[a.Range().Start.Offset:a.Range().End.Offset]) != a.Text || a.Text == "" {
					t.Fatalf("argument %q differs from its source", a.Text)
				}
			}
		}
	}
	if f.Preamble != nil {
		block(f.Preamble)
	}
	path := func(p *Path) {
		if p == nil {
			return
		}
		check("path", p.Range())
		for _, id := range append([]*Ident{p.File, p.Func, p.Name, p.Keyword}, p.Fields...) {
			if id != nil {
				check("identifier", id.Range())
				if string(f.Src[id.Range().Start.Offset:id.Range().End.Offset]) != id.Name {
					t.Fatalf("identifier %q differs from its source", id.Name)
				}
			}
		}
	}
	for _, r := range f.Rules {
		check("rule", r.Range())
		if len(r.Labels) == 0 {
			t.Fatal("rule without labels")
		}
		for _, l := range r.Labels {
			check("label", l.Range())
			check("label operator", l.Op.Range())
			path(l.From)
			path(l.To)
			if l.Kind == Map && l.From == nil || l.Kind == Init && l.From != nil {
				t.Fatalf("label of kind %v with From %v", l.Kind, l.From)
			}
			if l.To == nil && !errs.HasErrors() {
				t.Fatal("label without To in a file without errors")
			}
		}
		if r.Code != nil {
			block(r.Code)
		}
	}
	for _, c := range f.Comments {
		check("comment", c.Range())
		if string(f.Src[c.Range().Start.Offset:c.Range().End.Offset]) != c.Text {
			t.Fatalf("comment %q differs from its source", c.Text)
		}
	}
}

// meaning is what formatting must keep of a spec: its preamble, its
// rules (labels and code) in order, and its comments' texts (a comment
// inside a label may move above it, so their order is not kept).
func meaning(f *File) string {
	var b strings.Builder
	if f.Preamble != nil {
		fmt.Fprintf(&b, "preamble %q\n", f.Preamble.Text)
	}
	for _, r := range f.Rules {
		for _, l := range r.Labels {
			fmt.Fprintf(&b, "%d %q %q, ", l.Kind, pathText(l.From), pathText(l.To))
		}
		if r.Code != nil {
			fmt.Fprintf(&b, "code %q", r.Code.Text)
		}
		b.WriteString("\n")
	}
	var cs []string
	for _, c := range f.Comments {
		cs = append(cs, c.Text)
	}
	sort.Strings(cs)
	fmt.Fprintf(&b, "comments %q\n", cs)
	return b.String()
}
