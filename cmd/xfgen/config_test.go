package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// With an xfgen.toml beside the spec, check, generate and diff need no
// OLD and NEW; flags given on the command line win over the file.
func TestCommandsReadXfgenToml(t *testing.T) {
	dir, _, _, s := genDir(t, genOld, genNew, "count -> count\n")
	writeSpec(t, dir, "xfgen.toml", "old = [\"old.h\"]\nnew = [\"new.h\"]\nprefix = \"up_\"\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", s}, &stdout, &stderr); code != exitOK || !strings.Contains(stderr.String(), "XF0122") {
		t.Fatalf("check: exit %d, stderr %q", code, stderr.String())
	}
	out := filepath.Join(dir, "xform.c")
	stderr.Reset()
	if code := run([]string{s, "-o", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("generate: exit %d: %s", code, stderr.String())
	}
	src, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(src, []byte("up_migrate")) || bytes.Contains(src, []byte("int xf_migrate")) {
		t.Errorf("generated file does not use the toml's prefix (err %v)", err)
	}
	stderr.Reset()
	if code := run([]string{s, "--prefix", "mine_", "-o", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("generate --prefix: exit %d: %s", code, stderr.String())
	}
	if src, _ := os.ReadFile(out); !bytes.Contains(src, []byte("mine_migrate")) {
		t.Error("--prefix on the command line did not win over xfgen.toml")
	}
	// The flag's files win: the new version is the old one, so nothing changed.
	stdout.Reset()
	if code := run([]string{"diff", "--old", filepath.Join(dir, "old.h"), "--new", filepath.Join(dir, "old.h")}, &stdout, &stderr); code != exitOK || !strings.Contains(stdout.String(), "no changes") {
		t.Errorf("diff with flags: exit %d, %q", code, stdout.String())
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	if code := run([]string{"diff"}, &stdout, &stderr); code != exitOK || !strings.Contains(stdout.String(), "struct conn") {
		t.Errorf("diff from the folder's xfgen.toml: exit %d, %q", code, stdout.String())
	}
}

// A mistake in xfgen.toml stops the command with exit 2 and a positioned
// message; without a file, the message says how to name the versions.
func TestXfgenTomlErrors(t *testing.T) {
	dir, _, _, s := genDir(t, genOld, genNew, "count -> count\n")
	cfg := writeSpec(t, dir, "xfgen.toml", "old = [\"old.h\"]\nnew = [\"nope.h\"]\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", s}, &stdout, &stderr); code != exitUsage {
		t.Fatalf("exit %d, want 2: %s", code, stderr.String())
	}
	if want := cfg + ":2:8: error: new = \"nope.h\": no file"; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to start with %q", stderr.String(), want)
	}
	os.Remove(cfg)
	stderr.Reset()
	if code := run([]string{"check", s}, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "xfgen.toml") {
		t.Errorf("no config: exit %d, %q", code, stderr.String())
	}
}

// check --cc compiles the code blocks and reports the C compiler's
// errors at their lines in the spec.
func TestCheckCC(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "count -> count: {\n  $out = $in + not_declared;\n}\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", o, n, s}, &stdout, &stderr); code != exitOK {
		t.Fatalf("without --cc: exit %d: %s", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"check", "--cc", o, n, s}, &stdout, &stderr); code != exitErrors {
		t.Fatalf("--cc: exit %d, want 1: %s", code, stderr.String())
	}
	if want := s + ":2:"; !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "not_declared") || !strings.Contains(stderr.String(), "[XF0310]") {
		t.Errorf("stderr %q, want the C error at %s", stderr.String(), want)
	}
}

// With lang = "go" in xfgen.toml, check --cc builds the generated Go
// and reports the Go compiler's errors at their lines in the spec.
func TestCheckCCGo(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	dir, _, _, s := genDir(t, genOld, genNew, "count -> count: {\n  $out = $in + notDeclared\n}\n")
	if err := os.WriteFile(filepath.Join(dir, "xfgen.toml"), []byte("old = [\"old.h\"]\nnew = [\"new.h\"]\nlang = \"go\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--cc", s}, &stdout, &stderr); code != exitErrors {
		t.Fatalf("--cc: exit %d, want 1: %s", code, stderr.String())
	}
	if want := s + ":2:"; !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "Go compiler: undefined: notDeclared") {
		t.Errorf("stderr %q, want the Go error at %s", stderr.String(), want)
	}
}
