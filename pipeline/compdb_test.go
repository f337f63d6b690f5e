package pipeline

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/typesdiff"
)

// A database as build tools write it: "command" strings with quotes and
// joined flags, "arguments" lists, a relative directory (from the
// database's folder), C++ files and a file built twice.
func TestReadCompdb(t *testing.T) {
	dir := t.TempDir()
	db := `[
  {"directory": "build", "file": "../src/server.c",
   "command": "gcc -c -std=gnu99 -Iinclude -I ../src -DVERSION=\"2.0 beta\" -D NDEBUG -include config.h -o server.o ../src/server.c"},
  {"directory": "/abs/dir", "file": "net.c", "arguments": ["cc", "-isystem", "/opt/inc", "-DUSE_EPOLL", "-c", "net.c", "-o", "net.o"]},
  {"directory": "build", "file": "../src/glue.cpp", "command": "g++ -c ../src/glue.cpp"},
  {"directory": "build", "file": "../src/server.c", "command": "gcc -DOTHER -c ../src/server.c"}
]`
	write(t, filepath.Join(dir, CompdbName), db)
	units, l := ReadCompdb(dir)
	if len(l) > 0 {
		t.Fatalf("diagnostics: %v", l)
	}
	want := []typesdiff.Unit{
		{File: filepath.Join(dir, "src/server.c"), IncludeDirs: []string{filepath.Join(dir, "build/include"), filepath.Join(dir, "src")},
			Defines: []string{"VERSION=2.0 beta", "NDEBUG"}, Preinclude: []string{filepath.Join(dir, "build/config.h")}, Std: "gnu99"},
		{File: "/abs/dir/net.c", IncludeDirs: []string{"/opt/inc"}, Defines: []string{"USE_EPOLL"}},
	}
	if !reflect.DeepEqual(units, want) {
		t.Errorf("units:\n got %+v\nwant %+v", units, want)
	}
}

// Bad databases are errors at the place, saying what is wrong.
func TestReadCompdbErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ src, pos, msg string }{
		{"{}", "1:1", "must be a JSON array"},
		{"[\n  {\"directory\": \"/\", \"command\": \"cc -c a.c\"}\n]", "2:3", "without \"file\""},
		{"[\n  {\"directory\": \"/\", \"file\": \"a.c\", \"command\": \"cc -c 'a.c\"}\n]", "2:3", "the command of a.c"},
		{"[\n  {\"file\": \"a.c\",, }\n]", "2:18", "invalid character"},
	}
	for _, c := range cases {
		path := filepath.Join(dir, "db.json")
		write(t, path, c.src)
		_, l := ReadCompdb(path)
		if len(l) != 1 || !strings.Contains(l[0].Message, c.msg) || l[0].Code != CodeCompdb ||
			l[0].Range.Start.String() != path+":"+c.pos {
			t.Errorf("%q: got %v, want one error at %s with %q", c.src, l, c.pos, c.msg)
		}
	}
	if _, l := ReadCompdb(filepath.Join(dir, "nothing")); len(l) != 1 || !strings.Contains(l[0].Message, "cannot read the compilation database") {
		t.Errorf("missing file: %v", l)
	}
}

// xfgen.toml names the databases relative to its folder; the units
// are read when the versions are configured.
func TestConfigCompdb(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "v1/compile_commands.json"), `[{"directory": ".", "file": "a.c", "command": "cc -DV=1 -c a.c"}]`)
	write(t, filepath.Join(dir, "v2/compile_commands.json"), `[{"directory": ".", "file": "a.c", "command": "cc -DV=2 -c a.c"}]`)
	write(t, filepath.Join(dir, "pre.h"), "")
	write(t, filepath.Join(dir, ConfigName), "old_compdb = \"v1\"\nnew_compdb = \"v2/compile_commands.json\"\npreinclude = [\"pre.h\"]\n")
	o, l := ReadConfigFile(filepath.Join(dir, ConfigName))
	if len(l) > 0 {
		t.Fatalf("diagnostics: %v", l)
	}
	if !o.HasVersions() {
		t.Fatalf("the databases do not name the versions: %+v", o)
	}
	old, new, l := o.Configs()
	if len(l) > 0 {
		t.Fatalf("diagnostics: %v", l)
	}
	if len(old.Units) != 1 || old.Units[0].File != filepath.Join(dir, "v1/a.c") || old.Units[0].Defines[0] != "V=1" ||
		len(new.Units) != 1 || new.Units[0].Defines[0] != "V=2" {
		t.Errorf("units: old %+v, new %+v", old.Units, new.Units)
	}
	if len(old.Preinclude) != 1 || old.Preinclude[0] != filepath.Join(dir, "pre.h") {
		t.Errorf("preinclude: %v", old.Preinclude)
	}
}
