package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

const stubsNewH = "struct conn { long fd; struct conn *next; int retries; };\nextern struct conn *conns;\nextern int count;\nextern long started;\n"

func stubsRun(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(append([]string{"stubs"}, args...), &o, &e)
	return code, o.String(), e.String()
}

func TestStubsPrintsMissingRules(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, stubsNewH, "")
	code, stdout, stderr := stubsRun(o, n)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"INIT struct conn.retries: {", "INIT started: {", "TODO"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	// Nothing missing: nothing printed, exit 0.
	if code, stdout, stderr := stubsRun(o, o); code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("same versions: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// -w appends the stubs to the spec; a second run finds nothing missing
// and leaves the file as it is.
func TestStubsWriteAppendsAndIsIdempotent(t *testing.T) {
	spec := "INIT started: { $out = 7; }\n"
	_, o, n, s := genDir(t, genOld, stubsNewH, spec)
	if code, stdout, stderr := stubsRun("-w", o, n, s); code != exitOK || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	got, _ := os.ReadFile(s)
	if !strings.HasPrefix(string(got), spec+"\n// ") || !strings.Contains(string(got), "INIT struct conn.retries:") || strings.Count(string(got), "INIT started") != 1 {
		t.Fatalf("the spec after -w:\n%s", got)
	}
	if code, stdout, stderr := stubsRun(o, n, s); code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("stubs on the spec and its stubs: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code := run([]string{"check", o, n, s}, &bytes.Buffer{}, &bytes.Buffer{}); code != exitOK {
		t.Errorf("the spec with its stubs does not check: exit %d", code)
	}
	if code, _, _ := stubsRun("-w", o, n, s); code != exitOK {
		t.Errorf("-w with nothing missing: exit %d", code)
	}
	if again, _ := os.ReadFile(s); string(again) != string(got) {
		t.Errorf("-w with nothing missing changed the spec")
	}
}

func TestStubsErrors(t *testing.T) {
	_, o, n, s := genDir(t, genOld, stubsNewH, "INIT started: { $out = 1;\n")
	// A spec that does not parse: nothing printed or written, exit 1.
	if code, stdout, stderr := stubsRun("-w", o, n, s); code != exitErrors || stdout != "" || !strings.Contains(stderr, "spec.xf:1:") {
		t.Errorf("broken spec: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if got, _ := os.ReadFile(s); string(got) != "INIT started: { $out = 1;\n" {
		t.Errorf("a broken spec was rewritten: %q", got)
	}
	// A header that does not parse: exit 1.
	_, bad, n2, _ := genDir(t, "struct { int;;; oops\n", stubsNewH, "")
	if code, _, stderr := stubsRun(bad, n2); code != exitErrors || !strings.Contains(stderr, "old.h:") {
		t.Errorf("broken header: exit %d, stderr %q", code, stderr)
	}
	// An error of the spec's own: the stubs still print, exit 1, and -w
	// writes nothing.
	_, o, n, s = genDir(t, genOld, stubsNewH, "count -> cuont\n")
	code, stdout, stderr := stubsRun(o, n, s)
	if code != exitErrors || !strings.Contains(stdout, "INIT started") || !strings.Contains(stderr, "XF0101") {
		t.Errorf("spec error: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, _ := stubsRun("-w", o, n, s); code != exitErrors {
		t.Errorf("-w with a spec error: exit %d", code)
	}
	if got, _ := os.ReadFile(s); string(got) != "count -> cuont\n" {
		t.Errorf("-w wrote despite the error: %q", got)
	}
}

func TestStubsUsage(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, stubsNewH, "")
	for _, args := range [][]string{
		{o},                      // NEW missing
		{"-w", o, n},             // -w without SPEC
		{o, n, "a.xf", "b.xf"},   // two specs
		{"--lang", "rust", o, n}, // unknown language
	} {
		if code, _, stderr := stubsRun(args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
	if _, stdout, _ := stubsRun("-h"); !strings.Contains(stdout, "with --lang go Go") {
		t.Errorf("the usage does not say --lang go writes Go: %q", stdout)
	}
}

// With --lang go the bodies are Go: no C semicolons, nil for a pointer.
func TestStubsGo(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, stubsNewH+"extern struct conn *spare;\n", "")
	code, stdout, stderr := stubsRun("--lang", "go", o, n)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"INIT struct conn.retries: {\n  $out = 0 /* TODO", "INIT spare: {\n  $out = nil /* TODO"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %q in:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, ";") {
		t.Errorf("a C semicolon in Go stubs:\n%s", stdout)
	}
}

// With an xfgen.toml beside the spec, stubs needs only the spec, and
// takes the file's language.
func TestStubsReadsXfgenToml(t *testing.T) {
	dir, _, _, s := genDir(t, genOld, stubsNewH, "INIT started: { $out = 7; }\n")
	writeSpec(t, dir, "xfgen.toml", "old = [\"old.h\"]\nnew = [\"new.h\"]\n")
	if code, stdout, stderr := stubsRun(s); code != exitOK || !strings.Contains(stdout, "INIT struct conn.retries") || strings.Contains(stdout, "INIT started") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	writeSpec(t, dir, "xfgen.toml", "old = [\"old.h\"]\nnew = [\"new.h\"]\nlang = \"go\"\n")
	if code, stdout, stderr := stubsRun(s); code != exitOK || !strings.Contains(stdout, "INIT struct conn.retries: {\n  $out = 0 /*") {
		t.Errorf("lang = \"go\": exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// With --format json the rules are the document's "stubs", the same
// text as without it.
func TestStubsJSON(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, stubsNewH, "")
	_, text, _ := stubsRun(o, n)
	code, stdout, stderr := stubsRun("--format", "json", o, n)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var doc struct {
		Version int
		Command string
		Stubs   string
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if doc.Version != jsonVersion || doc.Command != "stubs" || doc.Stubs != text || text == "" {
		t.Errorf("document %+v, want the text %q", doc, text)
	}
}
