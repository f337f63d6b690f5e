package compiler

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// stubbed appends Stubs' text to specSrc and checks the result: it must
// have no errors, be in the formatter's layout, and need no more stubs.
// It returns the text, the whole spec and its plan.
func stubbed(t *testing.T, oldH, newH, specSrc string) (text, full string, plan *Plan, dir string) {
	t.Helper()
	spec, old, new, _ := inputs(t, oldH, newH, specSrc)
	text, errs := Stubs(spec, old, new, StubOptions{})
	if errs.HasErrors() {
		t.Fatalf("Stubs reports errors:\n%v\ntext:\n%s", errs, text)
	}
	full = specSrc + text
	spec, old, new, dir = inputs(t, oldH, newH, full)
	plan, ds := Check(spec, old, new)
	if ds.HasErrors() {
		t.Fatalf("the spec with the stubs appended has errors:\n%v\nspec:\n%s", ds, full)
	}
	if formatted, errs := grammar.FormatSource("spec.xf", []byte(full)); errs.HasErrors() || string(formatted) != full {
		t.Errorf("the spec with the stubs appended is not in the formatter's layout:\n%q\nformatted:\n%q", full, formatted)
	}
	if again, _ := Stubs(spec, old, new, StubOptions{}); again != "" {
		t.Errorf("stubs on the spec and its own stubs is not empty:\n%s", again)
	}
	return text, full, plan, dir
}

// TestEveryCodeHasItsStub goes through the checker's codes: each is
// classified, and for each that needs a rule, the check case that
// exhibits it gets a stub (from nothing, and beside a spec) that clears
// it, checks without errors and compiles.
func TestEveryCodeHasItsStub(t *testing.T) {
	for _, code := range allCodes {
		needed, ok := ruleNeeded[code]
		if !ok {
			t.Errorf("%s is not classified in ruleNeeded: say whether a rule resolves it", code)
			continue
		}
		if !needed {
			continue
		}
		if stubWhat[code] == "" {
			t.Errorf("%s needs a rule but stubWhat does not describe it", code)
		}
		found := false
		for _, tc := range checkCases {
			if tc.spec != "" || !wantsCode(tc.want, code) {
				continue
			}
			found = true
			// From nothing, and after a spec that has a preamble.
			for _, spec := range []string{"", "{\n#include <stdio.h>\n}\n"} {
				t.Run(code+"/"+tc.name, func(t *testing.T) {
					text, _, plan, dir := stubbed(t, tc.old, tc.new, spec)
					if !strings.Contains(text, "["+code+"]") {
						t.Errorf("no stub for %s:\n%s", code, text)
					}
					compiles(t, plan, dir)
				})
			}
		}
		if !found {
			t.Errorf("%s needs a rule but no check case without a spec shows it", code)
		}
	}
	if len(ruleNeeded) != len(allCodes) {
		t.Errorf("ruleNeeded has %d codes, the table %d", len(ruleNeeded), len(allCodes))
	}
}

func wantsCode(ws []want, code string) bool {
	for _, w := range ws {
		if w.code == code && w.sev == "error" {
			return true
		}
	}
	return false
}

const stubsOld = `struct conn { int fd; int port; long sent; };
enum mode { M_OFF, M_ON, M_LEGACY };
struct conn *conns;
extern enum mode mode;
extern int legacy;
`

const stubsNew = `struct conn {
	int sock;
	int port;
	int sent;
	unsigned retries;
	struct { int a; } extra;
};
enum mode { M_ON, M_OFF };
struct conn *conns;
extern enum mode mode;
extern long started;
extern struct conn last;
`

// From nothing, Stubs writes every rule, grouped by type, with the old
// and new declarations, renames where the diff guesses them.
func TestStubsFromNothing(t *testing.T) {
	text, _, plan, dir := stubbed(t, stubsOld, stubsNew, "")
	for _, want := range []string{
		stubsHeader,
		"// ---- struct conn ----",
		"//   old: int fd (old.h:1)",
		"//   new: int sock (new.h:2)",
		"struct conn.fd -> struct conn.sock\n",
		"//   INIT struct conn.sock: { $out = 0; }",
		"struct conn.sent -> struct conn.sent: {\n  $out = $in; /* TODO: check the range */\n}",
		"INIT struct conn.retries: {\n  $out = 0; /* TODO: its value */\n}",
		"INIT struct conn.extra: {\n  /* TODO: set $out here */\n}",
		"// ---- enum mode ----",
		"enum mode -> enum mode: {",
		"// ---- variables ----",
		"INIT started: {\n  $out = 0; /* TODO: its value */\n}",
		"INIT last: {",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the stubs lack %q:\n%s", want, text)
		}
	}
	if !strings.HasPrefix(text, stubsHeader) {
		t.Errorf("from nothing, the text starts with the header comment:\n%s", text)
	}
	// legacy (int) and started (long) are not alike enough to guess.
	if strings.Contains(text, "legacy -> started") {
		t.Errorf("a rename of unlike names was guessed:\n%s", text)
	}
	// Types first, in name order, then the variables.
	if i, j := strings.Index(text, "---- enum mode"), strings.Index(text, "---- struct conn"); i > j {
		t.Errorf("groups out of order:\n%s", text)
	}
	if i, j := strings.Index(text, "---- struct conn"), strings.Index(text, "---- variables"); i > j {
		t.Errorf("variables before types:\n%s", text)
	}
	compiles(t, plan, dir)
}

// Beside a spec, Stubs writes only what it lacks, after a blank line.
func TestStubsBesidePartialSpec(t *testing.T) {
	spec := "// Given by hand.\nINIT struct conn.retries: { $out = 3; }\n"
	text, full, plan, dir := stubbed(t, stubsOld, stubsNew, spec)
	if !strings.HasPrefix(text, "\n"+stubsHeader) {
		t.Errorf("the text does not start with one blank line and the header:\n%q", text)
	}
	if strings.Contains(text, "INIT struct conn.retries") {
		t.Errorf("a stub for a rule the spec has:\n%s", text)
	}
	if !strings.Contains(text, "INIT started:") {
		t.Errorf("a missing rule has no stub:\n%s", text)
	}
	if !strings.HasPrefix(full, spec) {
		t.Errorf("the spec's own text changed")
	}
	compiles(t, plan, dir)
	// Without a final newline, the text brings the blank line itself.
	s, old, new, _ := inputs(t, stubsOld, stubsNew, strings.TrimSuffix(spec, "\n"))
	text2, _ := Stubs(s, old, new, StubOptions{})
	if !strings.HasPrefix(text2, "\n\n"+stubsHeader) {
		t.Errorf("after a spec without a final newline: %q", text2)
	}
}

// A rename the diff guesses but the checker cannot migrate (long to
// short is a narrowing) is taken back: the stub is the INIT.
func TestStubsTakeBackRenamesTheCheckerRefuses(t *testing.T) {
	text, _, _, _ := stubbed(t, "struct s { long count; };\nextern struct s v;\n", "struct s { short counter; };\nextern struct s v;\n", "")
	if strings.Contains(text, "struct s.count -> struct s.counter") || !strings.Contains(text, "INIT struct s.counter:") {
		t.Errorf("want the INIT, not the refused rename:\n%s", text)
	}
}

// Nothing missing: nothing written.
func TestStubsNothingMissing(t *testing.T) {
	spec, old, new, _ := inputs(t, connOld, connOld, "")
	if text, errs := Stubs(spec, old, new, StubOptions{}); text != "" || len(errs) != 0 {
		t.Errorf("want nothing, got %q %v", text, errs)
	}
	if text, errs := Stubs(nil, nil, nil, StubOptions{}); text != "" || len(errs) != 0 {
		t.Errorf("nil inputs: want nothing, got %q %v", text, errs)
	}
}

// Errors stubs cannot fix are returned; a language without a generator
// is refused.
func TestStubsErrors(t *testing.T) {
	spec, old, new, _ := inputs(t, connOld, connOld+"extern int fresh;\n", "count -> cuont\n")
	text, errs := Stubs(spec, old, new, StubOptions{})
	if !strings.Contains(text, "INIT fresh:") {
		t.Errorf("the missing rule is still written:\n%s", text)
	}
	if len(errs) != 1 || errs[0].Code != codeUnknownVar {
		t.Errorf("want the spec's own error, got %v", errs)
	}
	if _, errs := Stubs(nil, old, new, StubOptions{Lang: "rust"}); !errs.HasErrors() || !strings.Contains(errs[0].Message, "use c or go") {
		t.Errorf("--lang rust: %v", errs)
	}
}

// The kvserver example from nothing: its only TODOs are the values of
// what is new and the renames to confirm; with the example's own values
// in place of the TODOs it is the example's spec, less the preamble.
func TestStubsKVServer(t *testing.T) {
	dir := filepath.Join("..", "testdata", "kvserver")
	load := func(name string) *typesdiff.Program {
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, name)}, IncludeDirs: []string{repoInclude()}})
		if ds.HasErrors() {
			t.Fatal(ds)
		}
		return p
	}
	old, new := load("old.h"), load("new.h")
	text, errs := Stubs(nil, old, new, StubOptions{})
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	var todos []string
	f, ds := grammar.Parse("stubs.xf", []byte(text))
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	prevEnd := len(stubsHeader)
	for _, r := range f.Rules {
		// A stub is its comments and its rule.
		if strings.Contains(text[prevEnd:r.Range().End.Offset], "TODO") {
			l := r.Labels[0].Range()
			todos = append(todos, text[l.Start.Offset:l.End.Offset])
		}
		prevEnd = r.Range().End.Offset
	}
	want := []string{
		"INIT struct command.writes",
		"struct config.max_conns -> struct config.max_clients",
		"struct config.idle_timeout -> struct config.idle_timeout_ms",
		"INIT struct conn.bytes_in",
		"INIT struct entry.vlen",
		"INIT struct stats.evictions",
		"INIT uptime_base",
	}
	if strings.Join(todos, "\n") != strings.Join(want, "\n") || strings.Count(text, "TODO") != len(want)+1 {
		t.Errorf("kvserver TODOs:\n%s\nwant:\n%s\ntext:\n%s", strings.Join(todos, "\n"), strings.Join(want, "\n"), text)
	}
	if _, ds := Check(f, old, new); ds.HasErrors() {
		t.Errorf("the kvserver skeleton has errors: %v", ds)
	}
}

// On every header pair of the repository, the stubs from nothing check
// without errors of their own (the only errors left are those Stubs
// reports it cannot fix), and the spec they make generates C that
// compiles warning-free.
func TestStubsOnEveryHeaderPair(t *testing.T) {
	root := filepath.Join(repoInclude(), "..", "testdata")
	pairs, _ := filepath.Glob(filepath.Join(root, "e2e", "*", "old.h"))
	pairs = append(pairs, filepath.Join(root, "kvserver", "old.h"))
	for _, oldH := range pairs {
		dir := filepath.Dir(oldH)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			inc := []string{repoInclude(), dir}
			old, d1 := typesdiff.Load(typesdiff.Config{Files: []string{oldH}, IncludeDirs: inc})
			new, d2 := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, "new.h")}, IncludeDirs: inc})
			if d1.HasErrors() || d2.HasErrors() {
				t.Skip("the headers do not load on their own")
			}
			text, errs := Stubs(nil, old, new, StubOptions{})
			f, pd := grammar.Parse(filepath.Join(t.TempDir(), "spec.xf"), []byte(text))
			if pd.HasErrors() {
				t.Fatalf("the stubs do not parse: %v\n%s", pd, text)
			}
			plan, ds := Check(f, old, new)
			var left diag.List
			for _, d := range ds {
				if d.Severity == diag.Error {
					left = append(left, d)
				}
			}
			if len(left) != len(errs) {
				t.Fatalf("Stubs reports %d errors, the spec it wrote has %d:\n%v\nspec:\n%s", len(errs), len(left), left, text)
			}
			for _, d := range left {
				if d.Range.Start.File == f.Name {
					t.Errorf("an error in a stub: %v", d)
				}
			}
			if len(left) == 0 && text != "" {
				compiles(t, plan, t.TempDir())
			}
		})
	}
}
