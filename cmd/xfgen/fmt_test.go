package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeSpec(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o640); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFmtPrintsCanonicalLayout(t *testing.T) {
	dir := t.TempDir()
	a := writeSpec(t, dir, "a.xf", "a->b\nINIT x:{ $out = 1; }")
	b := writeSpec(t, dir, "b.xf", "c -> d, e -> f: { }\n")
	var out, errb bytes.Buffer
	code := run([]string{"fmt", a, b}, &out, &errb)
	if code != 0 || errb.Len() > 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	want := "a -> b\n\nINIT x: { $out = 1; }\n" + "c -> d,\ne -> f: { }\n"
	if out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	if got, _ := os.ReadFile(a); string(got) != "a->b\nINIT x:{ $out = 1; }" {
		t.Errorf("without -w the file changed: %q", got)
	}
}

func TestFmtWriteRewritesFilesInPlace(t *testing.T) {
	dir := t.TempDir()
	a := writeSpec(t, dir, "a.xf", "a->b // c\n")
	var out, errb bytes.Buffer
	if code := run([]string{"fmt", "-w", a}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	got, _ := os.ReadFile(a)
	if string(got) != "a -> b // c\n" || out.Len() != 0 {
		t.Errorf("file %q, stdout %q", got, out.String())
	}
	if st, _ := os.Stat(a); st.Mode().Perm() != 0o640 {
		t.Errorf("mode changed to %v", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestFmtSyntaxErrorsExitOneAndLeaveFileAlone(t *testing.T) {
	dir := t.TempDir()
	bad := writeSpec(t, dir, "bad.xf", "a -> b\nINIT x\nc -> : { }\n")
	good := writeSpec(t, dir, "good.xf", "a->b")
	var out, errb bytes.Buffer
	code := run([]string{"fmt", "-w", bad, good}, &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	wantErrs := bad + ":2:1: error: INIT needs a code block: write `INIT x: { $out = ...; }` [XF0009]\n" +
		"    2 | INIT x\n" +
		"      | ^~~~~~\n" +
		bad + ":3:6: error: expected a path after '->', found ':' [XF0005]\n" +
		"    3 | c -> : { }\n" +
		"      |      ^\n"
	if errb.String() != wantErrs {
		t.Errorf("stderr:\n%s\nwant:\n%s", errb.String(), wantErrs)
	}
	if got, _ := os.ReadFile(bad); string(got) != "a -> b\nINIT x\nc -> : { }\n" {
		t.Errorf("file with errors was rewritten: %q", got)
	}
	if got, _ := os.ReadFile(good); string(got) != "a -> b\n" {
		t.Errorf("the good file was not formatted: %q", got)
	}
}

func TestFmtUsageAndIOErrorsExitTwo(t *testing.T) {
	cases := map[string][]string{
		"no files":     {"fmt"},
		"unknown flag": {"fmt", "-x", "a.xf"},
		"missing file": {"fmt", filepath.Join(t.TempDir(), "none.xf")},
	}
	for name, args := range cases {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
		if errb.Len() == 0 {
			t.Errorf("%s: nothing on stderr", name)
		}
	}
}

func TestFmtShippedExample(t *testing.T) {
	var out, errb bytes.Buffer
	path := filepath.Join("..", "..", "testdata", "specs", "kitsune_mapping.xf")
	if code := run([]string{"fmt", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	src, _ := os.ReadFile(path)
	if out.String() != string(src) || !strings.Contains(out.String(), "$oldsym(c_size)") {
		t.Errorf("the shipped example is not printed unchanged:\n%s", out.String())
	}
}
