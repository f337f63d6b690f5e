package main

import (
	"bytes"
	"encoding/json"
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
