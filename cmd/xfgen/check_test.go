package main

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestCheckCleanSpec(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "count -> count: { $out = $in; }\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", o, n, s}, &stdout, &stderr); code != 0 || stderr.Len() != 0 || stdout.Len() != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}

func TestCheckReportsErrors(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "INIT count: { $out = $in; }\n")
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", o, n, s}, &stdout, &stderr)
	if code != exitErrors {
		t.Fatalf("exit %d, want 1", code)
	}
	want := s + ":1:22: error: `$in` has no meaning in an INIT rule"
	if !strings.Contains(stderr.String(), "\n"+want) {
		t.Errorf("stderr %q, want a line starting with %q", stderr.String(), want)
	}
	if !strings.Contains(stderr.String(), "warning: the old value of variable `count` is dropped: the new `count` gets its value from the rule at 1:1 [XF0140]") {
		t.Errorf("no warning about the replaced old value: %s", stderr.String())
	}
}

func TestCheckJSON(t *testing.T) {
	_, o, n, s := genDir(t, genOld, genNew, "count -> count\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--format", "json", o, n, s}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc struct {
		Version     int
		Command     string
		Diagnostics []struct {
			Code  string
			Range struct{ Start struct{ Line, Col int } }
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	if doc.Version != jsonVersion || doc.Command != "check" || stderr.Len() != 0 {
		t.Errorf("version %d, command %q, stderr %q", doc.Version, doc.Command, stderr.String())
	}
	ds := doc.Diagnostics
	if len(ds) != 1 || ds[0].Code != "XF0122" || ds[0].Range.Start.Line != 1 || ds[0].Range.Start.Col != 1 {
		t.Errorf("diagnostics %+v", ds)
	}
}

func TestCheckNeedsSpec(t *testing.T) {
	_, o, n, _ := genDir(t, genOld, genNew, "")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", o, n}, &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want 2", code)
	}
}

// The JSON example of the README is what xfgen prints for its inputs.
func TestREADMEJSONExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "### JSON output")
	_, block, ok2 := strings.Cut(rest, "```json\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("the README has no JSON example under ### JSON output")
	}
	t.Chdir(t.TempDir())
	for name, text := range map[string]string{
		"o.h":     "struct conn { int fd; int port; };\nextern struct conn *conns;\n",
		"n.h":     "struct conn { long fd; int port; };\nextern struct conn *conns;\n",
		"spec.xf": "struct conn.fd -> struct conn.prot\n",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--format", "json", "o.h", "n.h", "spec.xf"}, &stdout, &stderr); code != exitErrors {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var want, got any
	if err := json.Unmarshal([]byte(block), &want); err != nil {
		t.Fatalf("the README's example is not JSON: %v", err)
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("the README's example differs from the output:\n%s", stdout.String())
	}
}
