package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

const (
	diffV1 = "../../testdata/types/basic/v1.h"
	diffV2 = "../../testdata/types/basic/v2.h"
)

func diffRun(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestDiffText(t *testing.T) {
	code, out, errs := diffRun("diff", diffV1, diffV2)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{
		"struct conn: changed (" + diffV1 + ":16:8 -> " + diffV2 + ":18:8)",
		"  field fd: retyped int -> long (" + diffV1 + ":17:6 -> " + diffV2 + ":19:7)",
		"  field retries: added int",
		"  rename? name -> label",
		"enum state: changed",
		"  enumerator DONE: removed (was 5)",
		"struct stats: added",
		"variable nconns: changed, retyped int -> long",
		"variable stats: added struct stats",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "struct list") || strings.Contains(out, "pthread_mutex_t") {
		t.Errorf("unchanged types listed:\n%s", out)
	}
}

func TestDiffJSON(t *testing.T) {
	code, out, errs := diffRun("diff", "--format", "json", diffV1, diffV2)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Version int    `json:"version"`
		Command string `json:"command"`
		Diff    struct {
			Types []struct {
				Name   string `json:"name"`
				Change string `json:"change"`
				Fields []struct {
					Name   string `json:"name"`
					Change string `json:"change"`
				} `json:"fields"`
			} `json:"types"`
			Vars []struct {
				Key     string `json:"key"`
				Change  string `json:"change"`
				Retyped bool   `json:"retyped"`
			} `json:"vars"`
		} `json:"diff"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Version != jsonVersion || doc.Command != "diff" {
		t.Errorf("version %d, command %q", doc.Version, doc.Command)
	}
	rep := doc.Diff
	found := false
	for _, ty := range rep.Types {
		if ty.Name == "struct conn" {
			for _, f := range ty.Fields {
				found = found || (f.Name == "fd" && f.Change == "retyped")
			}
		}
	}
	if !found {
		t.Errorf("JSON lacks struct conn.fd retyped:\n%s", out)
	}
	retyped := false
	for _, v := range rep.Vars {
		retyped = retyped || (v.Key == "nconns" && v.Retyped)
	}
	if !retyped {
		t.Errorf("JSON lacks nconns retyped")
	}
}

func TestDiffSameIsEmpty(t *testing.T) {
	code, out, _ := diffRun("diff", "--old", diffV1, "--new", diffV1)
	if code != exitOK || out != "no changes\n" {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestDiffMultiFile(t *testing.T) {
	code, out, errs := diffRun("diff", "--old", "../../testdata/types/multi/a.c", "--new", "../../testdata/types/multi/a.c", "--new", "../../testdata/types/multi/b.c")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"variable b.c/counter: added long", "variable b.c/reset#last: added", "struct stat_block: added"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDiffErrors(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"diff", "../../testdata/types/bad/syntax.h", diffV1}, exitErrors, "syntax.h:7:2: error:"},
		{[]string{"diff", diffV1, "../../testdata/types/bad/missing_include.h"}, exitErrors, "cannot find include file \"no_such_header.h\" (searched ../../testdata/types/bad"},
		{[]string{"diff", "--old", "../../testdata/types/conflict/x.c", "--old", "../../testdata/types/conflict/y.c", "--new", diffV1}, exitErrors, "y.c:1:8: error: struct point is defined differently"},
		{[]string{"diff", diffV1, "../../testdata/types/nonexistent.h"}, exitUsage, "cannot read ../../testdata/types/nonexistent.h"},
		{[]string{"diff", diffV1}, exitUsage, "need the OLD and NEW"},
		{[]string{"diff", diffV1, diffV2, "extra.h"}, exitUsage, "unexpected argument"},
		{[]string{"diff", "--format", "xml", diffV1, diffV2}, exitUsage, "unknown --format"},
		{[]string{"diff", "--bogus", diffV1, diffV2}, exitUsage, "flag provided but not defined"},
		{[]string{"diff", "-D", "9x", diffV1, diffV2}, exitUsage, "not a macro name"},
	}
	for _, c := range cases {
		code, out, errs := diffRun(c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d (want %d), stderr %q lacks %q", c.args, code, c.code, errs, c.want)
		}
		if code != exitOK && out != "" {
			t.Errorf("%v: failed but wrote output %q", c.args, out)
		}
	}
}

func TestDiffHelp(t *testing.T) {
	code, out, errs := diffRun("diff", "-h")
	if code != exitOK || !strings.Contains(out, "usage: xfgen diff") || !strings.Contains(out, "-format") || errs != "" {
		t.Errorf("exit %d, usage on stdout %q, stderr %q", code, out, errs)
	}
}

func TestDiffPerVersionFlags(t *testing.T) {
	// WITH_EXTRA only for the new version: struct extra is added.
	code, out, errs := diffRun("diff", "-I", "../../testdata/types/defines/inc", "--new-D", "WITH_EXTRA", "-D", "NSLOTS=2",
		"../../testdata/types/defines/main.h", "../../testdata/types/defines/main.h")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "struct extra: added") {
		t.Errorf("output:\n%s", out)
	}
}
