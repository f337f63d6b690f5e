package gogen

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/compiler"
	"github.com/xfgen-dev/xfgen/diag"
	"github.com/xfgen-dev/xfgen/grammar"
	"github.com/xfgen-dev/xfgen/typesdiff"
)

// planFor checks headers and a spec written into a fresh directory.
func planFor(t *testing.T, oldH, newH, specSrc string) (*compiler.Plan, string) {
	t.Helper()
	dir := t.TempDir()
	load := func(name, src string) *typesdiff.Program {
		write(t, filepath.Join(dir, name), src)
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, name)}})
		if ds.HasErrors() {
			t.Fatalf("loading %s: %v", name, ds)
		}
		return p
	}
	old, new := load("old.h", oldH), load("new.h", newH)
	specPath := filepath.Join(dir, "spec.xf")
	write(t, specPath, specSrc)
	spec, ds := grammar.Parse(specPath, []byte(specSrc))
	var all diag.List
	all = append(all, ds...)
	plan, ds := compiler.Check(spec, old, new)
	all = append(all, ds...)
	if all.HasErrors() {
		t.Fatalf("check: %v", all)
	}
	return plan, dir
}

// A Go error in a rule's code is reported by go build at the rule's
// line in spec.xf, and the code after it at the generated file's.
func TestUserCodeErrorsPointAtSpec(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	spec := "{\nimport \"strings\"\n}\n\ncount -> count: {\n\t$out = $in + 1\n\tvar s string = $in\n\t_ = strings.ToUpper(s)\n}\n\nINIT extra: { $out = undefinedName }\n"
	plan, dir := planFor(t, "extern int count;\n", "extern int count;\nextern long extra;\n", spec)
	src, err := Generate(plan, Options{Package: "broken", OutName: "gen.go"})
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "mod", "go.mod"), "module broken\n\ngo 1.26\n")
	write(t, filepath.Join(dir, "mod", "gen.go"), string(src))
	cmd := exec.Command("go", "build", ".")
	cmd.Dir = filepath.Join(dir, "mod")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go build accepted rules with errors")
	}
	for _, want := range []string{
		`(^|\n)\S*spec\.xf:7:\d+: cannot use \(\*\(\*int32\)\(in\)\)`,
		`(^|\n)\S*spec\.xf:11:\d+: undefined: undefinedName`,
	} {
		if !regexp.MustCompile(want).Match(out) {
			t.Errorf("go build's errors do not match %s:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "gen.go") {
		t.Errorf("an error points at the generated file, not the spec:\n%s", out)
	}
}

// The preamble's imports join the file's import block (once each) and
// its declarations stay in the file.
func TestPreambleImportsMerged(t *testing.T) {
	spec := "{\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n\nfunc shout(s string) string { return str.ToUpper(fmt.Sprint(s)) }\n}\n"
	plan, _ := planFor(t, "extern int count;\n", "extern int count;\n", spec)
	src, err := Generate(plan, Options{Package: "p"})
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	if !strings.Contains(text, "import (\n\t\"errors\"\n\t\"fmt\"\n\tstr \"strings\"\n\t\"unsafe\"\n)") {
		t.Errorf("the import block is not the merged one:\n%s", text[:min(len(text), 400)])
	}
	if strings.Count(text, "\"fmt\"") != 1 || !strings.Contains(text, "func shout(s string) string") {
		t.Errorf("imports repeated or the declaration lost:\n%s", text[:min(len(text), 600)])
	}
}

// Code that is no Go (a rule written in C) is refused at its place in
// the spec, without the generated file dumped.
func TestUserCodeSyntaxError(t *testing.T) {
	spec := "count -> count: {\n\t$out = $in > 0 ? $in : 0;\n}\n"
	plan, dir := planFor(t, "extern int count;\n", "extern int count;\n", spec)
	_, err := Generate(plan, Options{Package: "p"})
	want := filepath.Join(dir, "spec.xf") + ":2:"
	if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "code blocks are Go") || strings.Contains(err.Error(), "func Migrate") {
		t.Errorf("Generate: %v, want an error at %s", err, want)
	}
}

// BuildCheck places the Go compiler's errors on the spec's lines, and
// finds none in a spec whose Go is right.
func TestBuildCheck(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	plan, dir := planFor(t, "extern int count;\n", "extern int count;\n", "count -> count: {\n\t$out = $in + \"x\"\n}\n")
	ds, err := BuildCheck(context.Background(), plan)
	if err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(dir, "spec.xf")
	if len(ds) != 1 || ds[0].Range.Start.File != spec || ds[0].Range.Start.Line != 2 || !strings.Contains(ds[0].Message, "Go compiler: ") || ds[0].Code != "XF0310" {
		t.Errorf("diagnostics %v, want one Go compiler error at %s:2", ds, spec)
	}
	plan, _ = planFor(t, "extern int count;\n", "extern int count;\n", "count -> count: {\n\t$out = $in + 1\n}\n")
	if ds, err := BuildCheck(context.Background(), plan); err != nil || len(ds) != 0 {
		t.Errorf("a right spec: %v, %v", ds, err)
	}
	plan, _ = planFor(t, "extern int count;\n", "extern int count;\n", "count -> count: {\n\t$out = $in ? 1 : 0;\n}\n")
	if ds, err := BuildCheck(context.Background(), plan); err != nil || len(ds) != 1 || ds[0].Range.Start.Line != 2 || !strings.Contains(ds[0].Message, "does not parse") {
		t.Errorf("code that is no Go: %v, %v", ds, err)
	}
}

// Kitsune's hook in the preamble, in C or in Go, is refused at its
// place, saying what to write instead: Migrate would not call it.
func TestMainUpdateHookRefused(t *testing.T) {
	for _, pre := range []string{"void _kitsune_mainupdate_xform(void) { }", "func _kitsune_mainupdate_xform() error { return nil }"} {
		spec := "{\n// the hook\n  " + pre + "\n}\n"
		plan, _ := planFor(t, "extern int count;\n", "extern int count;\n", spec)
		_, err := Generate(plan, Options{Package: "p"})
		if err == nil {
			t.Fatalf("%s: generated", pre)
		}
		at := strings.Index(pre, "_kitsune")
		want := plan.Spec.Name + ":3:" + strconv.Itoa(3+at) + ": "
		for _, w := range []string{want, "Migrate calls no function of the preamble", "after Migrate returns nil", "INIT rule"} {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: the error %q does not say %q", pre, err, w)
			}
		}
	}
}

// A transformer argument that is no transformer, or a $xform whose
// argument count the checker refused, does not reach the generator;
// a Go expression that is not an xfTransformer is go build's to report,
// at the spec's line.
func TestTransformerArgumentTypeChecked(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	h := "#include \"xfgen/annotations.h\"\nstruct list { void E_T(@t) *data; struct list E_G(@t) *next; } E_GENERIC(@t);\nextern struct list *raws;\n"
	spec := "raws -> raws: {\n\treturn xfPtr($xform(struct list, struct list, 4)).Call(unsafe.Pointer(&$in), unsafe.Pointer(&$out))\n}\n"
	dir := t.TempDir()
	write(t, filepath.Join(dir, "x.h"), h)
	load := func() *typesdiff.Program {
		p, ds := typesdiff.Load(typesdiff.Config{Files: []string{filepath.Join(dir, "x.h")}, IncludeDirs: []string{filepath.Join(repoDir(), "include")}})
		if ds.HasErrors() {
			t.Fatal(ds)
		}
		return p
	}
	sp := filepath.Join(dir, "spec.xf")
	f, _ := grammar.Parse(sp, []byte(spec))
	plan, ds := compiler.Check(f, load(), load())
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	l, err := BuildCheck(context.Background(), plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(l) == 0 || l[0].Range.Start.Line != 2 || !strings.Contains(l[0].Message, "xfTransformer") {
		t.Errorf("want go build's error at spec.xf:2 about xfTransformer, got %v", l)
	}
}

// A number widened to a long double is refused, naming the field: Go
// holds a long double as its bytes and cannot convert a double to it.
func TestWideNumberRefused(t *testing.T) {
	plan, _ := planFor(t, "struct s { double r; };\nextern struct s v;\n", "struct s { long double r; };\nextern struct s v;\n", "")
	_, err := Generate(plan, Options{Package: "p"})
	if err == nil || !strings.Contains(err.Error(), "field `r` of struct s changes from `double` to `long double`") {
		t.Errorf("want the refusal naming struct s.r, got %v", err)
	}
}
