package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/xfgen-dev/xfgen/diag"
)

// Every command answers -h with its usage and success, and a bad flag
// with its usage and exit 2.
func TestHelpAndBadFlags(t *testing.T) {
	for _, cmd := range [][]string{{}, {"check"}, {"diff"}, {"stubs"}, {"fmt"}} {
		var stdout, stderr bytes.Buffer
		if code := run(append(append([]string(nil), cmd...), "-h"), &stdout, &stderr); code != exitOK {
			t.Errorf("xfgen %v -h: exit %d, want 0", cmd, code)
		}
		if !strings.Contains(stdout.String()+stderr.String(), "usage:") {
			t.Errorf("xfgen %v -h printed no usage: %q", cmd, stderr.String())
		}
		stdout.Reset()
		stderr.Reset()
		if code := run(append(append([]string(nil), cmd...), "--no-such-flag"), &stdout, &stderr); code != exitUsage {
			t.Errorf("xfgen %v --no-such-flag: exit %d, want 2", cmd, code)
		}
	}
}

// xfgen --help shows the commands and the flags of generate, on stdout.
func TestHelpShowsGenerateFlags(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != exitOK || stderr.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr.String())
		}
		for _, want := range []string{"xfgen check [flags]", "-o FILE", "-prefix PREFIX", "-error-limit N"} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("%v: the help lacks %q", args, want)
			}
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"help", "fmt"}, &stdout, &stderr); code != exitOK || !strings.Contains(stdout.String(), "usage: xfgen fmt") {
		t.Errorf("help fmt: exit %d, %q", code, stdout.String())
	}
}

func TestEveryHelpOnStdout(t *testing.T) {
	for _, cmd := range []string{"check", "diff", "fmt", "stubs"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{cmd, "-h"}, &stdout, &stderr); code != exitOK || stdout.Len() == 0 || stderr.Len() != 0 {
			t.Errorf("%s -h: exit %d, stdout %q, stderr %q", cmd, code, stdout.String(), stderr.String())
		}
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{arg}, &stdout, &stderr); code != exitOK || !strings.HasPrefix(stdout.String(), "xfgen version ") {
			t.Errorf("%s: exit %d, %q", arg, code, stdout.String())
		}
	}
}

// A built xfgen names the commit it was built from.
func TestVersionNamesTheCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds xfgen")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skip("not in a git checkout")
	}
	// The go command stamps the commit only where .git is a folder, not
	// in a linked worktree.
	dirs, _ := exec.Command("git", "rev-parse", "--path-format=absolute", "--git-dir", "--git-common-dir").Output()
	if d := strings.Fields(string(dirs)); len(d) != 2 || d[0] != d[1] {
		t.Skip("a git worktree: the go command records no commit here")
	}
	bin := filepath.Join(t.TempDir(), "xfgen")
	if b, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "commit " + strings.TrimSpace(string(head)); !strings.Contains(string(out), want) {
		t.Errorf("%q lacks %q", out, want)
	}
}

func TestRepeatedOutputIsAnError(t *testing.T) {
	dir, o, n, _ := genDir(t, genOld, genNew, "")
	a, b := filepath.Join(dir, "a.c"), filepath.Join(dir, "b.c")
	var stdout, stderr bytes.Buffer
	if code := run([]string{o, n, "-o", a, "-o", b}, &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "given twice") {
		t.Errorf("stderr %q", stderr.String())
	}
	for _, f := range []string{a, b} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s was written", f)
		}
	}
}

// SPEC '-' is standard input, named <stdin> in diagnostics.
func TestSpecFromStdin(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, genNew, "")
	defer func(r io.Reader) { stdin = r }(stdin)
	stdin = strings.NewReader("count -> cuont\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", o, n, "-"}, &stdout, &stderr); code != exitErrors {
		t.Errorf("exit %d, want 1", code)
	}
	want := "<stdin>:1:10: error: the new version has no variable `cuont` (did you mean `count`?) [XF0101]\n    1 | count -> cuont\n      |          ^~~~~\n"
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", stderr.String(), want)
	}
	stdin = strings.NewReader("a->b\n")
	stdout.Reset()
	if code := run([]string{"fmt", "-"}, &stdout, &stderr); code != exitOK || stdout.String() != "a -> b\n" {
		t.Errorf("fmt -: exit %d, %q", code, stdout.String())
	}
}

func TestColourAndCaretFlags(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "count -> cuont\n")
	get := func(env string, args ...string) string {
		t.Helper()
		if env != "" {
			t.Setenv("NO_COLOR", env)
		}
		var stdout, stderr bytes.Buffer
		run(append(append([]string{"check"}, args...), o, n, s), &stdout, &stderr)
		return stderr.String()
	}
	if got := get("", "--color=always"); !strings.Contains(got, "\x1b[1;31merror:\x1b[0m") {
		t.Errorf("--color=always: %q", got)
	}
	if got := get("1", "--color=always"); !strings.Contains(got, "\x1b[") {
		t.Errorf("--color=always must win over NO_COLOR: %q", got)
	}
	// stderr is no terminal here, so auto means none.
	if got := get("", "--color=auto"); strings.Contains(got, "\x1b[") {
		t.Errorf("--color=auto off a terminal: %q", got)
	}
	if got := get("", "--no-caret"); strings.Contains(got, " | ") || !strings.Contains(got, "error: the new version has no variable `cuont`") {
		t.Errorf("--no-caret: %q", got)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--color=sometimes", o, n, s}, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "unknown --color") {
		t.Errorf("--color=sometimes: exit %d, %q", code, stderr.String())
	}
}

func TestErrorLimit(t *testing.T) {
	var spec strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&spec, "count -> missing%d\n", i)
	}
	_, o, n, s := genDir(t, genOld, genNew, spec.String())
	count := func(args ...string) (int, string) {
		var stdout, stderr bytes.Buffer
		if code := run(append(append([]string{"check", "--no-caret"}, args...), o, n, s), &stdout, &stderr); code != exitErrors {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		return strings.Count(stderr.String(), ": error: "), stderr.String()
	}
	if n, out := count(); n != 20 || !strings.HasSuffix(out, "fatal error: too many errors (20 shown), stopping now: --error-limit 0 shows them all\n") {
		t.Errorf("default: %d errors:\n%s", n, out)
	}
	if n, _ := count("--error-limit", "3"); n != 3 {
		t.Errorf("--error-limit 3: %d errors", n)
	}
	if n, out := count("--error-limit", "0"); n != 30 || strings.Contains(out, "too many") {
		t.Errorf("--error-limit 0: %d errors", n)
	}
	var stdout, stderr bytes.Buffer
	run([]string{"check", "--format", "json", "--error-limit", "5", o, n, s}, &stdout, &stderr)
	var doc struct{ Diagnostics []diag.Diagnostic }
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Diagnostics) != 6 || !strings.HasPrefix(doc.Diagnostics[5].Message, "too many errors (5 shown)") {
		t.Errorf("JSON: %d diagnostics", len(doc.Diagnostics))
	}
}

// A bad flag value is reported once, by the program's name, and a
// missing spec as a file that cannot be read (no "generate" command).
func TestConfigErrorsOnceAndMissingSpec(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "count -> count\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--std=bogus", o, n, s}, &stdout, &stderr); code != exitUsage {
		t.Errorf("--std=bogus: exit %d, want 2", code)
	}
	if got := stderr.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, `xfgen check: error: unknown C standard "bogus"`) {
		t.Errorf("--std=bogus: stderr %q", got)
	}
	stderr.Reset()
	missing := filepath.Join(t.TempDir(), "none.xf")
	if code := run([]string{o, n, missing}, &stdout, &stderr); code != exitUsage {
		t.Errorf("missing spec: exit %d, want 2", code)
	}
	if want := missing + ": error: cannot read " + missing + ": no such file or directory; check the path [XF0200]\n"; stderr.String() != want {
		t.Errorf("missing spec: stderr %q, want %q", stderr.String(), want)
	}
	// The same as JSON, on stdout.
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"check", "--format", "json", o, n, missing}, &stdout, &stderr); code != exitUsage || stderr.Len() != 0 {
		t.Errorf("missing spec, JSON: exit %d, stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"code": "XF0200"`) || !strings.Contains(stdout.String(), `"version": 1`) {
		t.Errorf("missing spec, JSON: %s", stdout.String())
	}
}

// A missing include is one error, at the #include, with no follow-on
// diagnostics, even when both versions include it.
func TestMissingIncludeIsOneError(t *testing.T) {
	h := "#include \"missing.h\"\nstruct s { my_t a; };\nextern struct s g;\n"
	_, o, _, s := genDir(t, h, h, "g -> g\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--no-caret", o, o, s}, &stdout, &stderr); code != exitErrors && code != exitUsage {
		t.Errorf("exit %d", code)
	}
	if got := stderr.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, o+`:1:10: error: cannot find include file "missing.h"`) {
		t.Errorf("stderr:\n%s", got)
	}
}

// A spec of several megabytes returns the collector to Go's default
// pace, unless GOGC was set; a small one leaves it.
func TestPaceForSpec(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	t.Setenv("GOGC", "")
	paceForSpec(largeSpec)
	if got := debug.SetGCPercent(400); got != 400 {
		t.Errorf("a spec of %d bytes set GOGC %d", largeSpec, got)
	}
	paceForSpec(largeSpec + 1)
	if got := debug.SetGCPercent(400); got != 100 {
		t.Errorf("a larger spec left GOGC %d, want 100", got)
	}
	t.Setenv("GOGC", "300")
	paceForSpec(largeSpec + 1)
	if got := debug.SetGCPercent(400); got != 400 {
		t.Errorf("with GOGC set, a larger spec set %d", got)
	}
}
