package grammar

import (
	"strings"
	"testing"
)

// Every syntax error, with its position, as "line:col: message [code]".
func TestSyntaxErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"path after arrow", "a -> : { }",
			"1:6: expected a path after '->', found ':' [XF0005]"},
		{"path after arrow at end", "a ->",
			"1:5: expected a path after '->', found the end of the file [XF0005]"},
		{"path after arrow before next rule", "a ->\nb -> c\n",
			"1:5: expected a path after '->', found the next rule [XF0005]"},
		{"path after INIT", "INIT : { }",
			"1:6: expected a path after 'INIT', found ':' [XF0005]"},
		{"type name after keyword", "struct -> struct s",
			"1:8: expected a type name after 'struct', found '->' [XF0005]"},
		{"missing arrow", "a b",
			"1:3: expected '->' after `a`, found `b` [XF0006]"},
		{"label after comma", "a -> b, : { }",
			"1:9: expected another label after ',', found ':' [XF0007]"},
		{"label after comma, incomplete", "a -> b, c",
			"1:10: expected '->' after `c`, found the end of the file [XF0006]"},
		{"lone path with a bad part", "struct bag.",
			"1:11: expected a field name after '.' [XF0013]\n1:12: expected '->' after `bag.`, found the end of the file [XF0006]"},
		{"rule starts with arrow", "-> b",
			"1:1: expected a path before '->' [XF0007]"},
		{"two arrows", "a -> b -> c",
			"1:8: a label has exactly one '->', and the label before this one ends at `b` [XF0007]"},
		{"key ending in slash", "INIT main.c/: { }",
			"1:12: expected a variable name after '/' in `main.c/`; a key is `file.c/name` or `file.c/func#name` [XF0013]"},
		{"rule starts with colon", ": { }",
			"1:1: expected a rule (`FROM -> TO` or `INIT TO: { ... }`), found ':' [XF0007]"},
		{"block after colon", "a -> b: c -> d",
			"1:9: expected a code block `{ ... }` after ':', found `c` [XF0008]"},
		{"block after colon at end of line", "a -> b:\nc -> d",
			"1:8: expected a code block `{ ... }` after ':', found `c` [XF0008]"},
		{"INIT without block", "INIT x",
			"1:1: INIT needs a code block: write `INIT x: { $out = ...; }` [XF0009]"},
		{"INIT field without block", "\n  INIT struct s.f\n",
			"2:3: INIT needs a code block: write `INIT struct s.f: { $out = ...; }` [XF0009]"},
		{"list without block", "a -> b, c -> d",
			"1:9: a list of labels must end with ':' and a code block: `c -> d: { ... }`; labels without code are rules of their own, without ',' [XF0010]"},
		{"missing colon", "a -> b { }",
			"1:8: missing ':' before the code block: write `a -> b: { ... }` [XF0011]"},
		{"second preamble", "{ }\n{ }",
			"2:1: a code block must follow labels and ':' (`a -> b: { ... }`); only the preamble stands alone, first in the file [XF0012]"},
		{"unterminated block", "a -> b: {\n  x = 1;\n",
			"1:9: unterminated code block opened here: add the '}' that closes it [XF0003]"},
		{"unterminated nested block", "INIT x: { if (y) { }\n",
			"1:9: unterminated code block opened here: add the '}' that closes it [XF0003]"},
		{"unterminated preamble", "{ int f(void) { return 0; }",
			"1:1: unterminated code block opened here: add the '}' that closes it [XF0003]"},
		{"unterminated comment", "a -> b /* c",
			"1:8: unterminated comment: this '/*' has no matching '*/' [XF0002]"},
		{"unterminated comment in code", "INIT a: { /* }",
			"1:9: unterminated code block opened here: add the '}' that closes it [XF0003]\n" +
				"1:11: unterminated comment in code: this '/*' has no matching '*/' [XF0002]"},
		{"stray close", "a -> b }",
			"1:8: unexpected '}': there is no code block open for it to close [XF0004]"},
		{"junk", "a -> b;;",
			"1:7: unexpected \";;\" outside a code block; a rule is `FROM -> TO`, or labels, ':' and a code block `{ ... }` [XF0001]"},
		{"bad type name", "struct 9x -> struct y",
			"1:8: `9x` is not a C type name; a type path is `struct T` or `struct T.field` [XF0013]"},
		{"empty field", "struct s. -> struct s.f",
			"1:9: expected a field name after '.' [XF0013]"},
		{"bad field", "struct s.f@g -> struct s.f",
			"1:10: `f@g` is not a C field name [XF0013]"},
		{"empty func", "main.c/#x -> y",
			"1:8: expected a function name before '#' in `main.c/#x` [XF0013]"},
		{"empty name", "f# -> y",
			"1:2: expected a variable name at the end of `f#` [XF0013]"},
		{"two hashes", "f#g#x -> y",
			"1:1: `f#g#x` has more than one '#'; a key is `file.c/func#name` or `func#name` [XF0013]"},
		{"unknown form", "INIT x: {\n  $out = $foo;\n}",
			"2:10: unknown form `$foo`; the forms are $in, $out, $base, $oldsym(key), $newsym(key), $oldtype(T), $newtype(T), $xform(T0, T1[, args...]), $gen(name) [XF0014]"},
		{"form without parentheses", "INIT x: { $out = $oldsym; }",
			"1:18: `$oldsym` needs its argument in parentheses: it takes one variable key, as in $oldsym(key) [XF0015]"},
		{"form with unclosed parenthesis", "INIT x: { $out = sizeof $newtype(struct s; }",
			"1:33: unclosed '(' of `$newtype`: add the ')' that closes it [XF0015]"},
		{"xform with one type", "INIT x: { $xform(struct s); }",
			"1:11: `$xform` takes two C types, then for a generic type its parameters' transformers, as in $xform(struct a, struct b) or $xform(typedef list, typedef list, XF_RAW(8)) [XF0015]"},
		{"xform with an empty transformer", "INIT x: { $xform(struct s, struct s, ); }",
			"1:11: `$xform` takes two C types, then for a generic type its parameters' transformers, as in $xform(struct a, struct b) or $xform(typedef list, typedef list, XF_RAW(8)) [XF0015]"},
		{"form with empty argument", "INIT x: { $gen( ); }",
			"1:11: `$gen` takes one generic parameter name, as in $gen(t) [XF0015]"},
		{"form with two arguments", "INIT x: { $oldtype(a, b); }",
			"1:11: `$oldtype` takes one C type, as in $oldtype(struct s) [XF0015]"},
	}
	for _, c := range cases {
		_, errs := Parse("t.xf", []byte(c.src))
		got := strings.TrimSpace(diagLines(errs))
		if got != c.want {
			t.Errorf("%s:\n got: %s\nwant: %s", c.name, got, c.want)
		}
		for _, d := range errs {
			if !strings.HasPrefix(d.String(), "t.xf:") || !strings.Contains(d.String(), ": error: ") {
				t.Errorf("%s: diagnostic not in compiler format: %s", c.name, d.String())
			}
		}
	}
}

// After an error, parsing resumes at the next rule: every error of a
// file is reported and the good rules are all in the AST.
func TestRecoveryReportsAllErrorsAndKeepsRules(t *testing.T) {
	src := `good1 -> good1

bad1 -> : { $out = 1; }

good2 -> good2

INIT bad2

struct good3 -> struct good3: { XF_ASSIGN($out, $in); }

bad3 ->
good4 -> good4

bad4 b c
good5 -> good5: { $out = $oldsym(x); }
`
	f, errs := Parse("t.xf", []byte(src))
	want := "3:9: expected a path after '->', found ':' [XF0005]\n" +
		"7:1: INIT needs a code block: write `INIT bad2: { $out = ...; }` [XF0009]\n" +
		"11:8: expected a path after '->', found the next rule [XF0005]\n" +
		"14:6: expected '->' after `bad4`, found `b` [XF0006]\n"
	if got := diagLines(errs); got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
	var targets []string
	for _, r := range f.Rules {
		for _, l := range r.Labels {
			if l.To != nil {
				targets = append(targets, pathText(l.To))
			}
		}
	}
	if got := strings.Join(targets, " "); got != "good1 good2 bad2 struct good3 good4 good5" {
		t.Errorf("rules read: %s", got)
	}
	last := f.Rules[len(f.Rules)-1]
	if last.Code == nil || len(last.Code.Forms) != 2 {
		t.Errorf("last rule lost its code: %+v", last)
	}
}

// A block that is never closed ends, for the rest of the file, at the
// next line that starts like a rule, so the rules after it still parse.
func TestRecoveryAfterUnterminatedBlock(t *testing.T) {
	src := "a -> b: {\n  if (x) {\n    y();\n}\n\nc -> d\nINIT e: { $out = 1; }\n"
	f, errs := Parse("t.xf", []byte(src))
	if got := diagLines(errs); got != "1:9: unterminated code block opened here: add the '}' that closes it [XF0003]\n" {
		t.Errorf("errors:\n%s", got)
	}
	if len(f.Rules) != 3 {
		t.Fatalf("got %d rules, want 3", len(f.Rules))
	}
	if f.Rules[0].Code == nil || f.Rules[0].Code.Text != "\n  if (x) {\n    y();\n}\n\n" {
		t.Errorf("first block = %+v", f.Rules[0].Code)
	}
	if f.Rules[2].Code == nil || len(f.Rules[2].Code.Forms) != 1 {
		t.Errorf("last rule = %+v", f.Rules[2])
	}
}

// A rule being typed keeps what was read of it for the editor.
func TestPartialRuleIsKept(t *testing.T) {
	f, errs := Parse("t.xf", []byte("struct s.f -> , x -> y"))
	if !errs.HasErrors() {
		t.Fatal("no error")
	}
	if len(f.Rules) != 1 || f.Rules[0].Labels[0].From.TypeName() != "struct s" || f.Rules[0].Labels[0].To != nil {
		t.Fatalf("rules = %+v", f.Rules)
	}
}

// A stray character is reported once, not again as the parse error it
// causes.
func TestStrayCharacterIsReportedOnce(t *testing.T) {
	_, errs := Parse("t.xf", []byte("a => b\nc -> d"))
	want := "1:3: unexpected \"=>\" outside a code block; a rule is `FROM -> TO`, or labels, ':' and a code block `{ ... }` [XF0001]\n"
	if got := diagLines(errs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestByteOrderMarkAndCRLF(t *testing.T) {
	src := "\ufeff// c\r\na -> b // d\r\nINIT x: {\r\n  $out = 1;\r\n}\r\n"
	f := mustParse(t, src)
	if len(f.Rules) != 2 || f.Comments[0].Text != "// c" || f.Comments[1].Text != "// d" {
		t.Fatalf("rules %d, comments %+v", len(f.Rules), f.Comments)
	}
	if f.Rules[1].Code.Text != "\r\n  $out = 1;\r\n" {
		t.Errorf("code %q", f.Rules[1].Code.Text)
	}
	out := Format(f)
	if string(out) != "// c\na -> b // d\n\nINIT x: {\r\n  $out = 1;\r\n}\n" {
		t.Errorf("formatted %q", out)
	}
}

func TestStrayCharactersOnALineAreOneError(t *testing.T) {
	_, errs := Parse("t.xf", []byte("a -> b ; ; =\n% c -> d"))
	want := "1:8: unexpected \"; ; =\" outside a code block; a rule is `FROM -> TO`, or labels, ':' and a code block `{ ... }` [XF0001]\n" +
		"2:1: unexpected \"%\" outside a code block; a rule is `FROM -> TO`, or labels, ':' and a code block `{ ... }` [XF0001]\n"
	if got := diagLines(errs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Messages quote labels in canonical spelling, not with the comments
// and line breaks they were written with.
func TestMessagesQuoteLabelsCanonically(t *testing.T) {
	_, errs := Parse("t.xf", []byte("INIT /* count */\n  struct s.n"))
	want := "1:1: INIT needs a code block: write `INIT struct s.n: { $out = ...; }` [XF0009]\n"
	if got := diagLines(errs); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
