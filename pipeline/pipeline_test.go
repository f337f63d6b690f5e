package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xfgen-dev/xfgen/diag"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A spec finds the xfgen.toml of the nearest ancestor; paths in it are
// relative to its folder and globs are expanded.
func TestConfigFoundFromAncestor(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "v1/a.h"), "struct a { int x; };\n")
	write(t, filepath.Join(dir, "v1/b.h"), "struct b { int y; };\n")
	write(t, filepath.Join(dir, "v2/a.h"), "struct a { long x; };\n")
	if err := os.Mkdir(filepath.Join(dir, "inc"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, ConfigName), "old = [\"v1/*.h\"]\nnew = [\"v2/a.h\"]\ninclude = [\"inc\"]\nold_define = [\"V=1\"]\nstd = \"c11\"\nprefix = \"up_\"\n")
	spec := filepath.Join(dir, "specs/deep/spec.xf")
	write(t, spec, "")
	o, cfgPath, l := Resolve(spec, Options{Define: []string{"X"}, Std: "gnu11"})
	if len(l) > 0 {
		t.Fatalf("diagnostics: %v", l)
	}
	if abs, _ := filepath.Abs(cfgPath); abs != filepath.Join(dir, ConfigName) {
		t.Errorf("config %q, want %q", cfgPath, filepath.Join(dir, ConfigName))
	}
	want := []string{filepath.Join(dir, "v1/a.h"), filepath.Join(dir, "v1/b.h")}
	if strings.Join(o.Old, ",") != strings.Join(want, ",") {
		t.Errorf("old = %v, want %v", o.Old, want)
	}
	oldCfg, newCfg := o.Versions()
	if len(oldCfg.IncludeDirs) != 1 || oldCfg.IncludeDirs[0] != filepath.Join(dir, "inc") {
		t.Errorf("old include dirs %v", oldCfg.IncludeDirs)
	}
	if strings.Join(oldCfg.Defines, ",") != "X,V=1" || strings.Join(newCfg.Defines, ",") != "X" {
		t.Errorf("defines old %v new %v", oldCfg.Defines, newCfg.Defines)
	}
	if o.Std != "gnu11" || o.Prefix != "up_" {
		t.Errorf("std %q prefix %q: the flag's std must win, the file's prefix stay", o.Std, o.Prefix)
	}
}

// Every mistake in xfgen.toml is a diagnostic at its line and column.
func TestConfigErrorsArePositioned(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ConfigName)
	write(t, filepath.Join(dir, "a.h"), "")
	cases := []struct {
		text, want string
		line, col  int
	}{
		{"old = [\"a.h\"]\nincldue = [\"x\"]\n", "unknown key `incldue` in xfgen.toml (did you mean `include`?)", 2, 1},
		{"old = \"a.h\"\n", "`old` must be a list of strings, like old = [\"v1/server.h\"]", 1, 7},
		{"std = 11\n", "`std` must be a string", 1, 7},
		{"old = [\"missing.h\"]\n", "old = \"missing.h\": no file", 1, 8},
		{"new = [\n  \"x/*.h\",\n]\n", "the glob matches no file", 2, 3},
		{"include = [\"nodir\"]\n", "no folder", 1, 12},
		{"lang = \"rust\"\n", "use \"c\" or \"go\"", 1, 8},
		{"old = [\"a.h\"\n", "expected character ]", 2, 1},
	}
	for _, c := range cases {
		_, l := ParseConfig(path, []byte(c.text))
		if len(l) != 1 {
			t.Errorf("%q: %d diagnostics, want 1: %v", c.text, len(l), l)
			continue
		}
		d := l[0]
		if !strings.Contains(d.Message, c.want) || d.Severity != diag.Error {
			t.Errorf("%q: message %q, want it to contain %q", c.text, d.Message, c.want)
		}
		if d.Range.Start.File != path || d.Range.Start.Line != c.line || d.Range.Start.Col != c.col {
			t.Errorf("%q: at %v, want line %d col %d", c.text, d.Range.Start, c.line, c.col)
		}
		if !OnlyUsage(l) {
			t.Errorf("%q: a configuration error must count as a usage error", c.text)
		}
	}
}

// A cached version is read again when a header it includes changes on
// disk, and not otherwise.
func TestCacheReloadsChangedHeader(t *testing.T) {
	dir := t.TempDir()
	top := filepath.Join(dir, "top.h")
	inner := filepath.Join(dir, "inner.h")
	write(t, top, "#include \"inner.h\"\nextern struct s g;\n")
	write(t, inner, "struct s { int a; };\n")
	c := NewCache()
	cfg := Options{Old: []string{top}}
	oldCfg, _ := cfg.Versions()
	p1, l := c.Load(oldCfg)
	if l.HasErrors() {
		t.Fatal(l)
	}
	if p2, _ := c.Load(oldCfg); p2 != p1 {
		t.Error("an unchanged version was read again")
	}
	write(t, inner, "struct s { int a; long b; };\n")
	future := time.Now().Add(2 * time.Second)
	if err := os.Chtimes(inner, future, future); err != nil {
		t.Fatal(err)
	}
	p3, _ := c.Load(oldCfg)
	if p3 == p1 || len(p3.Types["struct s"].Fields) != 2 {
		t.Errorf("the changed header was not read again: %d fields", len(p3.Types["struct s"].Fields))
	}
	c.Forget(inner)
	if p4, _ := c.Load(oldCfg); p4 == p3 {
		t.Error("Forget did not drop the version")
	}
}

// Check runs the grammar, the loader's diagnostics and the checker and
// returns every stage's diagnostics in order.
func TestRunChecksSpec(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "old.h"), "struct s { int a; };\nextern struct s g;\n")
	write(t, filepath.Join(dir, "new.h"), "struct s { int a; int b; };\nextern struct s g;\n")
	o := Options{Old: []string{filepath.Join(dir, "old.h")}, New: []string{filepath.Join(dir, "new.h")}}
	r := NewCache().Run(o, "spec.xf", []byte("INIT struct s.b: { $out = 7; }\n"))
	if r.Diags.HasErrors() || r.Plan == nil {
		t.Fatalf("diagnostics %v, plan %v", r.Diags, r.Plan)
	}
	r = NewCache().Run(o, "spec.xf", []byte("struct s.zz -> struct s.b\n"))
	if !r.Diags.HasErrors() || r.OnlyUsage() {
		t.Fatalf("a bad field must be a spec error: %v", r.Diags)
	}
	found := false
	for _, d := range r.Diags {
		found = found || d.Range.Start.File == "spec.xf" && d.Code == "XF0103"
	}
	if !found {
		t.Errorf("no XF0103 at the spec: %v", r.Diags)
	}
}
