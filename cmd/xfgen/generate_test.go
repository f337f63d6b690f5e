package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const genOld = "struct conn { int fd; struct conn *next; };\nextern struct conn *conns;\nextern int count;\n"
const genNew = "struct conn { long fd; struct conn *next; };\nextern struct conn *conns;\nextern int count;\n"

// genDir writes headers and an optional spec into a fresh directory.
func genDir(t *testing.T, oldH, newH, spec string) (dir, oldP, newP, specP string) {
	t.Helper()
	dir = t.TempDir()
	oldP = writeSpec(t, dir, "old.h", oldH)
	newP = writeSpec(t, dir, "new.h", newH)
	if spec != "" {
		specP = writeSpec(t, dir, "spec.xf", spec)
	}
	return
}

func TestGenerateWritesCompilableCode(t *testing.T) {
	dir, o, n, s := genDir(t, genOld, genNew, "count -> count: { $out = $in + 1; }\n")
	out := filepath.Join(dir, "xform.c")
	var stdout, stderr bytes.Buffer
	if code := run([]string{o, n, s, "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	src, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"int xf_migrate(const struct xf_env *env)", "const char *xf_error(void)", "void *xf_dl_lookup(void *dl_handle, const char *key)", "#line 1 \"" + s + "\""} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the output lacks %q", want)
		}
	}
	if _, err := exec.LookPath("gcc"); err == nil {
		cmd := exec.Command("gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-c", "-o", filepath.Join(dir, "x.o"), out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("gcc: %v\n%s", err, b)
		}
	}
}

// --lang go --package NAME writes one Go file of that package, which
// go vet accepts.
func TestGenerateGo(t *testing.T) {
	dir, o, n, _ := genDir(t, genOld, genNew, "")
	out := filepath.Join(dir, "mig", "xform.go")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--lang", "go", "--package", "mig", o, n, "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	src, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"package mig\n", "func Migrate(old *OldGlobals, new *NewGlobals) error", "type OldConn struct", "Fd   int64"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the output lacks %q", want)
		}
	}
	if _, err := exec.LookPath("go"); err == nil {
		if err := os.WriteFile(filepath.Join(dir, "mig", "go.mod"), []byte("module mig\n\ngo 1.26\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("go", "vet", ".")
		cmd.Dir = filepath.Dir(out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go vet: %v\n%s", err, b)
		}
	}
	for _, args := range [][]string{{"--lang", "go", o, n}, {"--lang", "go", "--package", "9x", o, n}, {"--package", "mig", o, n}} {
		stderr.Reset()
		if code := run(args, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "package") {
			t.Errorf("%v: exit %d, %s", args, code, stderr.String())
		}
	}
}

func TestGenerateToStdoutWithPrefix(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, genNew, "")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--prefix", "v2_", o, n}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "int v2_migrate(const struct v2_env *env)") || strings.Contains(stdout.String(), "int xf_migrate") {
		t.Errorf("the prefix is not applied to the interface")
	}
}

func TestGenerateErrorsWriteNothing(t *testing.T) {
	dir, o, n, s := genDir(t, genOld, genNew+"extern int added;\n", "count -> cuont\n")
	out := filepath.Join(dir, "xform.c")
	if err := os.WriteFile(out, []byte("previous"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{o, n, s, "-o", out}, &stdout, &stderr)
	if code != exitErrors {
		t.Fatalf("exit %d, want 1", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "previous" {
		t.Errorf("the output file changed: %q", b)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	want := []string{
		n + ":4:12: error: variable `added` is new in this version",
		s + ":1:10: error: the new version has no variable `cuont` (did you mean `count`?) [XF0101]",
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, w)
		}
		if !found {
			t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
		}
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout: %q", stdout.String())
	}
}

func TestGenerateJSONDiagnostics(t *testing.T) {
	dir, o, n, _ := genDir(t, genOld, "extern int count;\n", "")
	out := filepath.Join(dir, "xform.c")
	var stdout, stderr bytes.Buffer
	code := run([]string{"--format", "json", o, n, "-o", out}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc struct {
		Version     int              `json:"version"`
		Command     string           `json:"command"`
		Output      string           `json:"output"`
		Diagnostics []map[string]any `json:"diagnostics"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout.String())
	}
	if doc.Version != jsonVersion || doc.Command != "generate" || doc.Output != out || stderr.Len() != 0 {
		t.Errorf("document %+v, stderr %q", doc, stderr.String())
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("no code written: %v", err)
	}
	ds := doc.Diagnostics
	if len(ds) != 1 || ds[0]["code"] != "XF0140" || ds[0]["severity"] != "warning" {
		t.Errorf("diagnostics %v", ds)
	}
}

func TestGenerateUsage(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, genNew, "")
	for _, args := range [][]string{
		{o},
		{"--lang", "go", o, n},
		{"--lang", "rust", o, n},
		{"--prefix", "9x", o, n},
		{"--format", "xml", o, n},
		{o, n, "a.xf", "b.xf"},
		{o, n, "/nonexistent/spec.xf"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitUsage {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, stderr.String())
		}
	}
}

// An output that cannot be written is an I/O failure that names the file
// asked for, not the temporary file written first.
func TestGenerateUnwritableOutput(t *testing.T) {
	dir, o, n, _ := genDir(t, genOld, genNew, "")
	out := filepath.Join(dir, "missing", "xform.c")
	var stdout, stderr bytes.Buffer
	if code := run([]string{o, n, "-o", out}, &stdout, &stderr); code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, stderr.String())
	}
	msg := stderr.String()
	if !strings.Contains(msg, "cannot write "+out) || strings.Contains(msg, ".tmp") {
		t.Errorf("message %q should name %s and no temporary file", msg, out)
	}
}
