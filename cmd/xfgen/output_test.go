package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An output that is one of the inputs, by name or through a link, is
// refused before anything is written (gcc: "input file is the same as
// output file").
func TestGenerateRefusesOutputOverAnInput(t *testing.T) {
	dir, o, n, s := genDir(t, genOld, genNew, "count -> count: { $out = $in + 1; }\n")
	if err := os.Symlink("old.h", filepath.Join(dir, "link.h")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(s, filepath.Join(dir, "hard.xf")); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{s, o, n, filepath.Join(dir, "link.h"), filepath.Join(dir, "hard.xf")} {
		before := map[string][]byte{}
		for _, f := range []string{o, n, s} {
			before[f], _ = os.ReadFile(f)
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{o, n, s, "-o", out}, &stdout, &stderr); code != exitUsage {
			t.Errorf("-o %s: exit %d, want 2", out, code)
		}
		if !strings.Contains(stderr.String(), "the output file "+out) {
			t.Errorf("-o %s: stderr %q", out, stderr.String())
		}
		for f, b := range before {
			if now, _ := os.ReadFile(f); !bytes.Equal(now, b) {
				t.Errorf("-o %s changed the input %s", out, f)
			}
		}
	}
}

func TestGenerateToDevices(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "")
	var stdout, stderr bytes.Buffer
	if code := run([]string{o, n, s, "-o", "/dev/null"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("-o /dev/null: exit %d: %s", code, stderr.String())
	}
	if fi, err := os.Lstat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device")
	}
	stderr.Reset()
	if code := run([]string{o, n, s, "-o", "/dev/full"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("-o /dev/full: exit %d, want 2", code)
	}
	if want := "xfgen: cannot write /dev/full: no space left on device"; !strings.Contains(stderr.String(), want) {
		t.Errorf("-o /dev/full: stderr %q, want %q", stderr.String(), want)
	}
}

func TestGenerateToDirectoryNamesOnlyTheDirectory(t *testing.T) {
	dir, o, n, s := genDir(t, genOld, genNew, "")
	var stdout, stderr bytes.Buffer
	if code := run([]string{o, n, s, "-o", dir}, &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want 2", code)
	}
	if got, want := strings.TrimSpace(stderr.String()), "xfgen: cannot write "+dir+": it is a directory (nothing was written)"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
}

// fmt -w writes through a symlink to its target, keeps hard links and
// refuses a read-only file, as gofmt -w does.
func TestFmtWriteKeepsLinksAndRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	target := writeSpec(t, dir, "target.xf", "a->b\n")
	link := filepath.Join(dir, "link.xf")
	if err := os.Symlink("target.xf", link); err != nil {
		t.Fatal(err)
	}
	hard := writeSpec(t, dir, "hard.xf", "c->d\n")
	if err := os.Link(hard, filepath.Join(dir, "hard2.xf")); err != nil {
		t.Fatal(err)
	}
	ro := writeSpec(t, dir, "ro.xf", "e->f\n")
	if err := os.Chmod(ro, 0o444); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"fmt", "-w", link, hard, ro}, &out, &errb)
	if code != exitUsage {
		t.Errorf("exit %d, want 2 for the read-only file", code)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced by a file")
	}
	if b, _ := os.ReadFile(target); string(b) != "a -> b\n" {
		t.Errorf("the link's target is %q", b)
	}
	var s1, s2 syscall.Stat_t
	syscall.Stat(hard, &s1)
	syscall.Stat(filepath.Join(dir, "hard2.xf"), &s2)
	if b, _ := os.ReadFile(filepath.Join(dir, "hard2.xf")); string(b) != "c -> d\n" || s1.Ino != s2.Ino {
		t.Errorf("the hard link was split: %q", b)
	}
	if b, _ := os.ReadFile(ro); string(b) != "e->f\n" {
		t.Errorf("the read-only file was rewritten: %q", b)
	}
	if want := "xfgen fmt: cannot write " + ro + ": the file is read-only"; !strings.Contains(errb.String(), want) {
		t.Errorf("stderr %q, want %q", errb.String(), want)
	}
}

// With --format json an output that cannot be written is a diagnostic in
// the document on stdout; the code goes nowhere else.
func TestGenerateJSONReportsWriteErrors(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--format", "json", o, n, s, "-o", "/dev/full"}, &stdout, &stderr); code != exitUsage || stderr.Len() != 0 {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	var doc struct {
		Output      string
		Diagnostics []struct{ Severity, Message string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	last := doc.Diagnostics[len(doc.Diagnostics)-1]
	if doc.Output != "" || last.Severity != "error" || !strings.Contains(last.Message, "cannot write /dev/full: no space left on device") {
		t.Errorf("document %+v", doc)
	}
	// Without -o the document and the code would share stdout.
	stdout.Reset()
	if code := run([]string{"--format", "json", o, n, s}, &stdout, &stderr); code != exitUsage || !strings.Contains(stdout.String(), "give -o FILE for the code") {
		t.Errorf("no -o: exit %d, %s", code, stdout.String())
	}
}
