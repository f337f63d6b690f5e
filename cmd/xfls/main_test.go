package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "xfls")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// --version and --help answer on stdout and exit 0; --help says how
// editors start the server; a bad flag exits 2; --log writes the log.
func TestFlags(t *testing.T) {
	bin := build(t)
	out, err := exec.Command(bin, "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "xfls ") {
		t.Errorf("--version: %v %q", err, out)
	}
	out, err = exec.Command(bin, "--help").Output()
	if err != nil || !strings.Contains(string(out), "Neovim") || !strings.Contains(string(out), "xfgen.toml") {
		t.Errorf("--help: %v %q", err, out)
	}
	if err := exec.Command(bin, "--no-such-flag").Run(); err == nil || err.(*exec.ExitError).ExitCode() != 2 {
		t.Errorf("bad flag: %v", err)
	}
	logf := filepath.Join(t.TempDir(), "xfls.log")
	cmd := exec.Command(bin, "--log", logf)
	cmd.Stdin = strings.NewReader("Content-Length: 5\r\n\r\n{bad}")
	if err := cmd.Run(); err == nil || err.(*exec.ExitError).ExitCode() != 1 {
		t.Errorf("end of input without exit: %v, want exit status 1", err)
	}
	if b, _ := os.ReadFile(logf); !strings.Contains(string(b), "could not be read") {
		t.Errorf("log: %q", b)
	}
}
